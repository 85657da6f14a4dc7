package vn.chibo.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingFactsReader;

/**
 * Reads what the 12-month trend is computed from, with a fixed number of set-based reads over the
 * subtree's path for the whole window (never one per month or per cell): the cells, the meetings'
 * facts and the evaluations. Attendance needs each meeting's expected members (BR-H2: memberships,
 * exemptions, temporary attachments on the meeting's day), so meetings are read through the same
 * {@link MeetingFactsReader} the dashboard uses, which keeps a month's figures equal to the overview's.
 */
@ApplicationScoped
public class TrendFactsLoader {
    private final EntityManager em;
    private final MeetingFactsReader meetings;
    private final TimeSource time;

    public TrendFactsLoader(EntityManager em, MeetingFactsReader meetings, TimeSource time) {
        this.em = em;
        this.meetings = meetings;
        this.time = time;
    }

    /** A cell of the subtree with the days it was open (validTo exclusive, null while open). */
    public record Cell(UUID id, LocalDate validFrom, LocalDate validTo) {
        boolean openOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
        }

        /** Open at some time during the days from one to another, as the dashboard picks its cells. */
        boolean openDuring(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || validTo.isAfter(from));
        }
    }

    /** An evaluation of a meeting of the window, with the month of that meeting. */
    public record RatingFact(YearMonth month, Rating self, Rating verified) {}

    public record Facts(List<Cell> cells, List<MeetingFacts> meetings, List<RatingFact> ratings) {}

    public Facts load(String path, YearMonth first, YearMonth last) {
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        List<Cell> cells = em.createQuery("select o.id, o.validFrom, o.validTo from Organization o"
                        + " where o.path like :p and o.holdsMeetings = true and o.validFrom <= :to"
                        + " and (o.validTo is null or o.validTo > :from)", Object[].class)
                .setParameter("p", path + "%").setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new Cell((UUID) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
        List<RatingFact> ratings = new ArrayList<>();
        for (Object[] r : em.createQuery("select m.scheduledStart, e.selfRating, e.verifiedRating from Evaluation e, Meeting m"
                        + " where e.meetingId = m.id and m.organization.path like :p"
                        + " and m.scheduledStart >= :from and m.scheduledStart < :to", Object[].class)
                .setParameter("p", path + "%").setParameter("from", startOf(from))
                .setParameter("to", startOf(to.plusDays(1))).getResultList()) {
            ratings.add(new RatingFact(YearMonth.from(time.dateOf((Instant) r[0])), (Rating) r[1], (Rating) r[2]));
        }
        return new Facts(cells, meetings.inSubtree(path, from, to), ratings);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }
}
