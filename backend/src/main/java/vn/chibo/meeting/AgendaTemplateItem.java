package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One step of the standard agenda of a meeting type (data, seeded by migration V4). */
@Entity
@Table(name = "agenda_template_item")
public class AgendaTemplateItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false)
    public MeetingType meetingType;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgendaPart part;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "planned_minutes")
    public Integer plannedMinutes;
}
