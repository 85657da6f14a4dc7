package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** A cell's annual topical-session plan (kế hoạch sinh hoạt chuyên đề năm), approved by its superior. */
@Entity
@Table(name = "topical_plan")
public class TopicalPlan extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(name = "plan_year")
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** The policy profile whose deadline and empty-quarter rule the plan follows. */
    @Column(name = "policy_id", nullable = false)
    public UUID policyId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TopicalPlanItem> items = new ArrayList<>();

    @Version
    public long version = 1;
}
