package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A vote (biểu quyết) with its tallies, the eligible count at the time and the rule applied. */
@Entity
public class Vote extends PanacheEntityBase {
    public enum Method { COUNT, NAMED }

    public enum Choice { FOR, AGAINST, ABSTAIN }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String subject;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    @Column(name = "for_count")
    public int forCount;

    @Column(name = "against_count")
    public int againstCount;

    @Column(name = "abstain_count")
    public int abstainCount;

    public int eligible;

    public boolean passed;

    @Column(nullable = false)
    public String rule;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
