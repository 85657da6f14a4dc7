package vn.chibo.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * The number a record took at approval: one series per cell, series and year ("05-BB/CB"). Unique per
 * (organisation, series, year, seq) in the database, so no two records can print the same number.
 */
@Entity
@Table(name = "record_number")
@IdClass(RecordNumber.Key.class)
public class RecordNumber extends PanacheEntityBase {
    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Id
    public String series;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "number_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public int seq;

    /** The composite key: one number per meeting and series. */
    public static class Key implements Serializable {
        public UUID meetingId;
        public String series;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(meetingId, k.meetingId)
                    && java.util.Objects.equals(series, k.series);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(meetingId, series);
        }
    }

    /** "05-BB/CB": two digits at least, the series and the issuing body's short sign (a cell). */
    public String printed() {
        return String.format("%02d-%s/CB", seq, series);
    }
}
