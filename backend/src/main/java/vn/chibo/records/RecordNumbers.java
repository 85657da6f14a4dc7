package vn.chibo.records;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Organization;

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

    /** The number the meeting's record took in that series, if any. */
    public Optional<RecordNumber> of(UUID meetingId, String series) {
        return RecordNumber.<RecordNumber>find("meetingId = ?1 and series = ?2", meetingId, series).firstResultOptional();
    }

    /** Takes the next number of the series for the meeting's cell and year; call inside the approving transaction. */
    public RecordNumber allocate(Meeting meeting, String series, int year) {
        Optional<RecordNumber> taken = of(meeting.id, series);
        if (taken.isPresent()) return taken.get();
        Panache.getEntityManager().find(Organization.class, meeting.organization.id, LockModeType.PESSIMISTIC_WRITE);
        Integer last = Panache.getEntityManager().createQuery("select max(n.seq) from RecordNumber n where "
                        + "n.organizationId = :org and n.series = :series and n.year = :year", Integer.class)
                .setParameter("org", meeting.organization.id).setParameter("series", series).setParameter("year", year)
                .getSingleResult();
        RecordNumber n = new RecordNumber();
        n.meetingId = meeting.id;
        n.organizationId = meeting.organization.id;
        n.series = series;
        n.year = year;
        n.seq = last == null ? 1 : last + 1;
        n.persistAndFlush();
        return n;
    }
}
