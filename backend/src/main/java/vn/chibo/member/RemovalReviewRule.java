package vn.chibo.member;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * BR-H6 (QĐ 24-QĐ/TW 8.1): a member who, in a calendar year, skipped the cell's meetings without reason or did not
 * pay party dues without good reason in at least the policy's number of months is flagged to the cell, which must
 * consider proposing removal (xóa tên). A month counts once whatever happened in it; an excused absence or an
 * exemption from dues is a good reason and does not count.
 */
public final class RemovalReviewRule {
    private RemovalReviewRule() {}

    /** What happened to a member in a month; only the causes without a good reason count. */
    public enum Cause {
        ABSENT_UNEXCUSED(true), ABSENT_EXCUSED(false), DUES_UNPAID(true), DUES_EXEMPT(false);

        private final boolean counts;

        Cause(boolean counts) {
            this.counts = counts;
        }
    }

    /** One fact: a meeting missed (with or without reason), or a month's dues unpaid or exempted. */
    public record Lapse(UUID memberId, String memberName, YearMonth month, Cause cause) {}

    /** A member to consider, with the months that count, in order. */
    public record Flag(UUID memberId, String memberName, List<YearMonth> months) {
        /** "Lò Văn An: 01, 03, 05/2026", the same in every language. */
        public String describe() {
            return memberName + ": " + months.stream().map(m -> String.format("%02d", m.getMonthValue()))
                    .collect(Collectors.joining(", ")) + "/" + months.getFirst().getYear();
        }
    }

    /**
     * @param year the calendar year judged; lapses of other years are ignored
     * @param thresholdMonths the policy's number of months (3)
     * @return the members reaching the threshold, by name
     */
    public static List<Flag> flag(Collection<Lapse> lapses, int year, int thresholdMonths) {
        Map<UUID, TreeSet<YearMonth>> months = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Lapse l : lapses) {
            if (l.month().getYear() != year || !l.cause().counts) continue;
            months.computeIfAbsent(l.memberId(), k -> new TreeSet<>()).add(l.month());
            names.putIfAbsent(l.memberId(), l.memberName());
        }
        List<Flag> out = new ArrayList<>();
        months.forEach((member, set) -> {
            if (set.size() >= thresholdMonths) out.add(new Flag(member, names.get(member), List.copyOf(set)));
        });
        out.sort(Comparator.comparing(Flag::memberName).thenComparing(Flag::memberId));
        return out;
    }

    /** The members and months of an alert, one after the other. */
    public static String describe(List<Flag> flags) {
        return flags.stream().map(Flag::describe).collect(Collectors.joining("; "));
    }
}
