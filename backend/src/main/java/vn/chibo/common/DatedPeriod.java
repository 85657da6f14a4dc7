package vn.chibo.common;

import java.time.LocalDate;

/** Something valid from a day up to and including another (open-ended when validTo is null). */
public interface DatedPeriod {
    LocalDate validFrom();

    LocalDate validTo();

    default boolean activeOn(LocalDate day) {
        return !validFrom().isAfter(day) && (validTo() == null || !validTo().isBefore(day));
    }

    default boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom().isAfter(to);
        boolean endsAfterOtherStarts = validTo() == null || !validTo().isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
