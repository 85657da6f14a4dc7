package vn.chibo.records;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Organization;
import vn.chibo.resolution.ResolutionKind;

/**
 * Numbers records in one series per cell, series and year. The cell's row is locked before the last number
 * is read, so concurrent approvals in a cell take turns; the unique key of record_number is the backstop
 * (a race that slips past ends in a 409, never in two records with one number).
 */
@ApplicationScoped
public class RecordNumbers {
    public static final String MINUTES = "BB";
    public static final String RESOLUTION = "NQ";
    public static final String CONCLUSION = "KL";

    /** The series a resolution or a conclusion is numbered in. */
    public static String seriesOf(ResolutionKind kind) {
        return kind == ResolutionKind.CONCLUSION ? CONCLUSION : RESOLUTION;
    }

    /** The number the meeting's record took in that series, if any. */
    public Optional<RecordNumber> of(UUID meetingId, String series) {
        return RecordNumber.<RecordNumber>find("meetingId = ?1 and series = ?2", meetingId, series).firstResultOptional();
    }

    /** Takes the next number of the series for the meeting's cell and year; call inside the approving transaction. */
    public RecordNumber allocate(Meeting meeting, String series, int year) {
        Optional<RecordNumber> taken = of(meeting.id, series);
        if (taken.isPresent()) return taken.get();
        EntityManager em = Panache.getEntityManager();
        em.find(Organization.class, meeting.organization.id, LockModeType.PESSIMISTIC_WRITE);
        RecordNumber n = next(meeting, series, year, last(em, meeting.organization.id, series, year));
        n.persistAndFlush();
        return n;
    }

    /** The last number given in a cell's series of a year, 0 before the first. */
    private static int last(EntityManager em, UUID organizationId, String series, int year) {
        Integer last = em.createQuery("select max(n.seq) from RecordNumber n where "
                        + "n.organizationId = :org and n.series = :series and n.year = :year", Integer.class)
                .setParameter("org", organizationId).setParameter("series", series).setParameter("year", year)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    private static RecordNumber next(Meeting meeting, String series, int year, int last) {
        RecordNumber n = new RecordNumber();
        n.meetingId = meeting.id;
        n.organizationId = meeting.organization.id;
        n.series = series;
        n.year = year;
        n.seq = last + 1;
        return n;
    }

    /**
     * The same series for records written in bulk and in date order (the demo's history), whose rows the caller
     * persists later: each series continues from the database, then from the numbers this batch gave. No lock:
     * nothing else approves while the history is written.
     */
    public static final class Batch {
        private final EntityManager em;
        private final Map<String, Integer> last = new HashMap<>();

        public Batch(EntityManager em) {
            this.em = em;
        }

        /** The meeting's number in the series, not yet persisted. */
        public RecordNumber next(Meeting meeting, String series, int year) {
            int seq = last.compute(meeting.organization.id + "/" + series + "/" + year, (k, given) ->
                    (given != null ? given : RecordNumbers.last(em, meeting.organization.id, series, year)) + 1);
            return RecordNumbers.next(meeting, series, year, seq - 1);
        }
    }
}
