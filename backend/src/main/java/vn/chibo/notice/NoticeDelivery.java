package vn.chibo.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record of delivering one notice over one channel: what was tried, how often, and why it failed. */
@Entity
@Table(name = "notice_delivery")
public class NoticeDelivery extends PanacheEntityBase {
    public enum Channel { EMAIL }

    public enum Status { QUEUED, SENT, FAILED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    /** When a FAILED delivery is tried again; null once the attempts are used up (or while QUEUED: at once). */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
