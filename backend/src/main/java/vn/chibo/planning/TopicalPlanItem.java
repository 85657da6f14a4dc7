package vn.chibo.planning;

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
import java.util.UUID;
import vn.chibo.common.Quarters;

/** One planned topical session or forum: topic, month, who prepares it, and the meeting it became. */
@Entity
@Table(name = "topical_plan_item")
public class TopicalPlanItem extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public TopicalPlan plan;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanItemKind kind;

    @Column(name = "planned_month")
    public int plannedMonth;

    @Column(name = "topic_group_code", nullable = false)
    public String topicGroupCode;

    @Column(nullable = false)
    public String title;

    public String purpose;

    @Column(name = "presenter_id")
    public UUID presenterId;

    /** Set when the item came from a topic the committee pushed down. */
    @Column(name = "pushed_topic_id")
    public UUID pushedTopicId;

    /** The meeting created when the plan was approved. */
    @Column(name = "meeting_id")
    public UUID meetingId;

    public int quarter() {
        return Quarters.ofMonth(plannedMonth);
    }
}
