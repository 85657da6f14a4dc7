package vn.chibo.resolution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task a resolution assigns, followed up at the next regular meeting (DOMAIN.md 13). */
@Entity
public class Task extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** BR-R4: the resolution clause the task carries out; null for a task of the resolution as a whole. */
    @Column(name = "section_id")
    public UUID sectionId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_kind", nullable = false)
    public AssigneeKind assigneeKind;

    @Column(name = "assignee_member_id")
    public UUID assigneeMemberId;

    @Column(name = "assignee_name", nullable = false)
    public String assigneeName;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    public String result;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
