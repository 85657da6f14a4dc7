package vn.chibo.planning;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.DomainEventType;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.notice.NoticeDraft;
import vn.chibo.notice.NoticeKind;
import vn.chibo.notice.NoticeOutbox;
import vn.chibo.notice.NoticeRecipient;
import vn.chibo.organization.Organization;
import vn.chibo.supervision.CellSupervisors;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.AppointmentRepository;
import vn.chibo.security.CurrentActor;
import vn.chibo.common.Deadlines;

/**
 * A committee's monthly schedule of its cells' meetings, compiled from the planned meetings, with the cells
 * that have no regular meeting shown as gaps; sending it records when and to whom (DOMAIN.md 6.2, BR-P4).
 */
@ApplicationScoped
public class MonthlyScheduleService {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");

    private final PolicyService policies;
    private final CellSupervisors supervisors;
    private final NoticeOutbox outbox;
    private final SentScheduleReaders readers;
    private final AppointmentRepository appointments;

    private final Event<DomainEvent> events;

    public MonthlyScheduleService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                                  AuditService audit, TimeSource time, PolicyService policies,
                                  CellSupervisors supervisors, NoticeOutbox outbox, SentScheduleReaders readers,
                                  AppointmentRepository appointments, Event<DomainEvent> events) {
        this.appointments = appointments;
        this.events = events;
        this.supervisors = supervisors;
        this.outbox = outbox;
        this.readers = readers;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.policies = policies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleApi.View get(UUID committeeId, YearMonth month, SubtreePageRequest paging) {
        Organization committee = organizations.require(committeeId);
        // Its recipients read what was sent to them, even from outside the committee's subtree (BR-P4).
        if (!access.mayRead(committee) && !readers.receivedSchedule(committee, month, actor.username())) {
            access.requireRead(committee);
        }
        return compile(committee, month, paging);
    }

    @Transactional
    public ScheduleApi.View send(UUID committeeId, YearMonth month, SubtreePageRequest paging) {
        Organization committee = organizations.require(committeeId);
        access.requireChangeStructure(committee);
        organizations.lockForWrite(committee); // one sent record a month
        ScheduleApi.View compiled = compile(committee, month, SubtreePageRequest.of(0, 1));
        MonthlySchedule sent = sentRecord(committee, month);
        if (sent == null) {
            sent = new MonthlySchedule();
            sent.organizationId = committee.id;
            sent.month = month.toString();
        } else {
            ScheduleRecipient.delete("scheduleId", sent.id);
        }
        sent.sentAt = time.now();
        sent.sentBy = actor.username();
        sent.entryCount = (int) compiled.totalEntries();
        sent.gapCount = (int) compiled.totalGaps();
        sent.persist();
        for (ScheduleApi.Recipient r : compiled.recipients()) {
            ScheduleRecipient row = new ScheduleRecipient();
            row.scheduleId = sent.id;
            row.username = r.username();
            row.reason = r.reason();
            row.persist();
        }
        // BR-P4: sent means each recipient finds it in their inbox (and e-mail), with a link they may open.
        outbox.post(new NoticeDraft(NoticeKind.MONTHLY_SCHEDULE, "MONTHLY_SCHEDULE", sent.id,
                "/organizations/" + committee.id + "/monthly-schedule?month=" + month, committee.name,
                MONTH.format(month), sent.entryCount, sent.gapCount),
                compiled.recipients().stream().map(r -> NoticeRecipient.login(r.username())).toList());
        audit.record("MonthlySchedule", sent.id, committee, "SEND", Map.of("month", sent.month,
                "entries", sent.entryCount, "gaps", sent.gapCount, "recipients", compiled.recipients().size()));
        MonthlySchedule.flush();
        events.fire(new DomainEvent(DomainEventType.SCHEDULE_SENT, committee.id, committee.path, sent.id, sent.sentAt,
                Map.of("scheduleId", sent.id, "organizationId", committee.id, "organizationName", committee.name,
                        "month", sent.month, "meetings", sent.entryCount, "cellsWithoutRegularMeeting", sent.gapCount)));
        return compile(committee, month, paging);
    }

    /** The day of the month by which the committee sends the schedule, from the policy in force then. */
    public static LocalDate dueDate(PolicyProfile policy, YearMonth month) {
        return month.atDay(Math.min(policy.monthlyScheduleDueDay, month.lengthOfMonth()));
    }

    /**
     * The schedule with the same page of each list: the month's meetings (by start) and the cells without a regular
     * meeting (by name); only the page of meetings is read, the gaps come from the cells' regular meeting types.
     */
    private ScheduleApi.View compile(Organization committee, YearMonth month, SubtreePageRequest paging) {
        PolicyProfile policy = policies.inForce(committee, month.atDay(1));
        var from = month.atDay(1).atStartOfDay(time.zone()).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(time.zone()).toInstant();
        var em = Meeting.getEntityManager();
        // Read as columns, a page of meetings and the gaps found in SQL: a province's month has thousands of both
        // cells and meetings.
        String inMonth = " from Meeting m join m.organization o where o.path like :path and m.scheduledStart >= :from"
                + " and m.scheduledStart < :to and m.status <> :cancelled and m.type <> :committee";
        List<ScheduleApi.Entry> entries = em.createQuery("select m.id, o.id, o.name, m.type, m.status, m.scheduledStart,"
                        + " m.place" + inMonth + " order by m.scheduledStart, m.id", Object[].class)
                .setParameter("path", committee.path + "%").setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", MeetingStatus.CANCELLED).setParameter("committee", MeetingType.COMMITTEE)
                .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultStream()
                .map(r -> new ScheduleApi.Entry((UUID) r[0], (UUID) r[1], (String) r[2], (MeetingType) r[3],
                        (MeetingStatus) r[4], time.local((Instant) r[5]), (String) r[6])).toList();
        long meetingCount = em.createQuery("select count(m)" + inMonth, Long.class)
                .setParameter("path", committee.path + "%").setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", MeetingStatus.CANCELLED).setParameter("committee", MeetingType.COMMITTEE)
                .getSingleResult();
        // The open cells (as OrganizationRepository.openCellsIn selects and orders them) without a regular meeting.
        PageResult<ScheduleApi.Gap> gaps = paging.slice(em.createQuery("select o.id, o.name from Organization o"
                        + " where o.path like :path and o.holdsMeetings = true and o.validTo is null and not exists"
                        + " (select 1 from Meeting m where m.organization.id = o.id and m.scheduledStart >= :from"
                        + " and m.scheduledStart < :to and m.status <> :cancelled and m.type in :regular)"
                        + " order by o.nameFolded, o.path", Object[].class)
                .setParameter("path", committee.path + "%").setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("regular", Arrays.stream(MeetingType.values()).filter(MeetingType::isRegular).toList())
                .getResultStream().map(r -> new ScheduleApi.Gap((UUID) r[0], (String) r[1])).toList());
        MonthlySchedule sent = sentRecord(committee, month);
        List<ScheduleApi.Recipient> recipients = sent != null
                ? ScheduleRecipient.<ScheduleRecipient>list("scheduleId = ?1 order by reason, username", sent.id).stream()
                        .map(r -> new ScheduleApi.Recipient(r.username, r.reason)).toList()
                : recipients(committee, month);
        LocalDate due = dueDate(policy, month);
        LocalDate sentOn = sent != null ? time.dateOf(sent.sentAt) : null;
        return new ScheduleApi.View(committee.id, committee.name, month.toString(), due, Deadlines.late(due, sentOn, time.today()),
                sent == null ? null : time.local(sent.sentAt), sent == null ? null : sent.sentBy, recipients, entries,
                gaps.items(), paging.page, paging.size, meetingCount, gaps.total());
    }

    /** The cells' supervisors (standing or assigned for the month by a team) and the staff of the committee above. */
    private List<ScheduleApi.Recipient> recipients(Organization committee, YearMonth month) {
        Map<String, ScheduleRecipient.Reason> out = new LinkedHashMap<>();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // Usernames only: a province has an assignment for each of its thousands of cells.
        supervisors.inSubtree(committee, month).forEach(u -> out.putIfAbsent(u, ScheduleRecipient.Reason.SUPERVISOR));
        if (committee.parentId != null) {
            appointments.staffOf(committee.parentId, first, last)
                    .forEach(u -> out.putIfAbsent(u, ScheduleRecipient.Reason.UPPER_COMMITTEE));
        }
        List<ScheduleApi.Recipient> list = new ArrayList<>();
        out.forEach((u, r) -> list.add(new ScheduleApi.Recipient(u, r)));
        return list;
    }

    private MonthlySchedule sentRecord(Organization committee, YearMonth month) {
        return MonthlySchedule.<MonthlySchedule>find("organizationId = ?1 and month = ?2", committee.id, month.toString())
                .firstResult();
    }
}
