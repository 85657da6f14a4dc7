package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Member;
import vn.chibo.member.Position;
import vn.chibo.member.PositionRepository;
import vn.chibo.meeting.rules.DraftResolutionCheck;
import vn.chibo.meeting.rules.Finding;
import vn.chibo.meeting.rules.NextMonthTasksCheck;
import vn.chibo.meeting.rules.PreparerCheck;
import vn.chibo.meeting.rules.PublicationDeadline;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.resolution.Resolution;
import vn.chibo.resolution.Task;

/**
 * Gathers the facts of BR-M2, BR-M5, BR-R4 and BR-R5 for one meeting and asks the plain rules of
 * {@code meeting.rules}; it decides nothing itself.
 */
@ApplicationScoped
public class MeetingRecordChecks {
    private final PositionRepository positions;
    private final TimeSource time;

    public MeetingRecordChecks(PositionRepository positions, TimeSource time) {
        this.positions = positions;
        this.time = time;
    }

    public List<Finding> findings(Meeting m, PolicyProfile p, List<MeetingApi.DocumentView> documents) {
        List<Finding> out = new ArrayList<>();
        if (!m.type.isCellMeeting() || m.status == MeetingStatus.CANCELLED) return out;
        boolean held = m.status == MeetingStatus.HELD || m.status == MeetingStatus.APPROVED;
        LocalDate day = time.dateOf(m.scheduledStart);
        PreparerCheck.check(p.preparerRule, preparerFacts(m, day)).ifPresent(out::add);
        if (m.type.isRegular()) {
            List<Instant> drafts = documents.stream().filter(d -> d.kind() == DocumentKind.DRAFT_RESOLUTION)
                    .map(d -> d.publishedAt().toInstant()).toList();
            DraftResolutionCheck.check(m.scheduledStart, drafts, p.documentLeadDays, time.now()).ifPresent(out::add);
            if (held) out.addAll(nextMonthTasks(m.id));
        }
        if (held) {
            LocalDate published = m.recordsPublishedAt == null ? null : time.dateOf(m.recordsPublishedAt);
            PublicationDeadline.check(day, p.postPublishDeadlineDays, published, time.today()).ifPresent(out::add);
        }
        return out;
    }

    private PreparerCheck.Facts preparerFacts(Meeting m, LocalDate day) {
        if (m.preparer == null) return new PreparerCheck.Facts(null, Set.of(), day, null, Set.of());
        LocalDate assignedOn = m.preparerAssignedAt == null ? null : time.dateOf(m.preparerAssignedAt);
        Set<Position> assigner = m.preparerAssignedBy == null || assignedOn == null ? Set.of()
                : held(m, m.preparerAssignedBy, assignedOn);
        return new PreparerCheck.Facts(m.preparer.fullName, held(m, m.preparer, day), day, assignedOn, assigner);
    }

    /** The positions a member holds in the meeting's cell on a day. */
    private Set<Position> held(Meeting m, Member member, LocalDate day) {
        Set<Position> out = EnumSet.noneOf(Position.class);
        positions.activeFor(List.of(member.id), day).stream()
                .filter(p -> p.organization.id.equals(m.organization.id)).forEach(p -> out.add(p.position));
        return out;
    }

    /**
     * BR-R4 from one statement in the usual case: the resolution (if any) with its next-month clauses; the tasks are
     * read only when there are clauses to carry.
     */
    private static List<Finding> nextMonthTasks(UUID meetingId) {
        List<Object[]> rows = Resolution.getEntityManager().createQuery("select r.meetingId, s.id, s.heading from Resolution r"
                        + " left join ResolutionSection s on s.meetingId = r.meetingId and s.nextMonth = true"
                        + " where r.meetingId = :meeting order by s.position", Object[].class)
                .setParameter("meeting", meetingId).getResultList();
        List<Object[]> clauses = rows.stream().filter(r -> r[1] != null).toList();
        if (clauses.isEmpty()) return NextMonthTasksCheck.check(!rows.isEmpty(), List.of());
        List<UUID> carried = Task.<Task>list("meetingId = ?1 and sectionId is not null and dueDate is not null",
                meetingId).stream().filter(t -> t.assigneeName != null && !t.assigneeName.isBlank())
                .map(t -> t.sectionId).toList();
        return NextMonthTasksCheck.check(true, clauses.stream()
                .map(c -> new NextMonthTasksCheck.Clause((String) c[2], carried.contains((UUID) c[1]))).toList());
    }
}
