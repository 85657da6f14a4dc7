package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A topic a committee sends down to every cell of its subtree for a quarter. */
@Entity
@Table(name = "pushed_topic")
public class PushedTopic extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "plan_year")
    public int year;

    @Column(name = "plan_quarter")
    public int quarter;

    @Column(name = "topic_group_code", nullable = false)
    public String topicGroupCode;

    @Column(nullable = false)
    public String title;

    public String materials;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
