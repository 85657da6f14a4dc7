package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.policy.DecisionKind;

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

    /** BR-H8: what the vote decided; its pass rule came from the policy for this kind. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "decision_kind", nullable = false)
    public DecisionKind decisionKind = DecisionKind.ORDINARY;

    /** The policy profile the rule was taken from; null for votes recorded before it was kept. */
    @Column(name = "policy_id")
    public UUID policyId;

    /** BR-H10: the chair noted that opinions on the motion differed. */
    @Column(name = "opinions_differed", nullable = false)
    public boolean opinionsDiffered;

    /** BR-H10: whether further discussion was allowed before the vote; null: not recorded. */
    @Column(name = "further_discussion")
    public Boolean furtherDiscussion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
