package vn.chibo.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * One alert per organisation, kind and period (month "2026-11", quarter "2026-Q4", year "2026", or "-" for
 * a standing condition). The daily job raises, reopens or resolves it; it never makes a second one.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertKind kind;

    @Column(nullable = false)
    public String period;

    public enum State { OPEN, ACKNOWLEDGED, RESOLVED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    /** The severity as a number, so lists sort most severe first. */
    @Column(name = "severity_rank", nullable = false)
    public int severityRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state = State.OPEN;

    /** The organisation's path, kept with the alert so a subtree's alerts are listed without a join. */
    @Column(name = "org_path", nullable = false)
    public String orgPath;

    /** The figure the message quotes (a count, a date), kept so the text can be rendered in any language. */
    public String detail;

    @Column(name = "policy_id", nullable = false)
    public UUID policyId;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    void raise(Severity severity, Instant now) {
        if (state == State.RESOLVED) {
            state = State.OPEN;
            raisedAt = now;
            resolvedAt = null;
            acknowledgedAt = null;
            acknowledgedBy = null;
        }
        this.severity = severity;
        this.severityRank = severity.ordinal();
    }

    void resolve(Instant now) {
        state = State.RESOLVED;
        resolvedAt = now;
    }

    void acknowledge(String by, Instant now) {
        if (state != State.OPEN) return;
        state = State.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
    }

    /** The alert in words, as the alert list and the notices show it. */
    public String message(java.util.Locale locale) {
        return message(kind, period, detail, locale);
    }

    static String message(AlertKind kind, String period, String detail, java.util.Locale locale) {
        return vn.chibo.common.Messages.get(locale, "alert." + kind.name(), Periods.display(period, locale),
                Periods.display(detail, locale));
    }
}
