package vn.chibo.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingFactsInvalidation;
import vn.chibo.meeting.MeetingGuard;
import vn.chibo.member.Member;
import vn.chibo.member.MemberRepository;
import vn.chibo.member.Membership;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** The resolution or conclusion of a meeting, and the tasks it assigns and follows up. */
@ApplicationScoped
public class ResolutionService {
    private final MeetingGuard guard;
    private final MeetingFactsInvalidation facts;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public ResolutionService(MeetingGuard guard, MeetingFactsInvalidation facts, MemberRepository members,
                             OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                             AuditService audit, TimeSource time) {
        this.guard = guard;
        this.facts = facts;
        this.members = members;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResolutionApi.View get(UUID meetingId) {
        return view(guard.readable(meetingId));
    }

    public ResolutionApi.View view(Meeting m) {
        Resolution r = Resolution.findById(m.id);
        List<ResolutionApi.Section> sections = ResolutionSection.<ResolutionSection>list("meetingId = ?1 order by position",
                m.id).stream().map(s -> new ResolutionApi.Section(s.id, s.heading, s.body, s.nextMonth)).toList();
        List<ResolutionApi.TaskView> tasks = Task.<Task>list("meetingId = ?1 order by createdAt", m.id).stream()
                .map(ResolutionApi.TaskView::of).toList();
        return new ResolutionApi.View(m.id, r == null ? ResolutionKind.RESOLUTION : r.kind, r == null ? null : r.number,
                r == null ? null : r.title, sections, tasks, r == null ? 0 : r.version);
    }

    @Transactional
    public ResolutionApi.View save(UUID meetingId, ResolutionApi.Update u) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        Resolution r = Resolution.findById(m.id);
        boolean created = r == null;
        if (created) {
            Versions.require(u.version(), 0);
            r = new Resolution();
            r.meetingId = m.id;
        } else {
            Versions.require(u.version(), r.version);
        }
        r.kind = u.kind();
        r.number = Strings.blankToNull(u.number());
        r.title = Strings.blankToNull(u.title());
        r.persist();
        rewriteSections(m, u.sections());
        // Sections live in their own rows: a rewrite bumps the resolution's version now, so the answer
        // carries the version the next edit must be based on.
        if (!created) Resolution.getEntityManager().lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Resolution.flush();
        audit.record("Resolution", m.id, m.organization, "SAVE", Map.of("sections", u.sections().size(),
                "number", String.valueOf(r.number)));
        return view(m);
    }

    /**
     * The clauses as sent, in order. A clause sent with its id keeps its row, so the tasks linked to it stay linked
     * (BR-R4); clauses left out are deleted and their tasks unlinked by the database.
     */
    private static void rewriteSections(Meeting m, List<ResolutionApi.Section> sections) {
        Map<UUID, ResolutionSection> existing = new HashMap<>();
        ResolutionSection.<ResolutionSection>list("meetingId", m.id).forEach(s -> existing.put(s.id, s));
        List<ResolutionSection> kept = new ArrayList<>();
        for (ResolutionApi.Section s : sections) {
            ResolutionSection row = s.id() == null ? null : existing.remove(s.id());
            if (row == null) {
                row = new ResolutionSection();
                row.meetingId = m.id;
            }
            row.heading = s.heading().trim();
            row.body = s.body();
            row.nextMonth = Boolean.TRUE.equals(s.nextMonth());
            kept.add(row);
        }
        if (!existing.isEmpty()) {
            Task.update("sectionId = null where sectionId in ?1", existing.keySet());
            ResolutionSection.delete("id in ?1", existing.keySet());
        }
        // positions are unique per meeting only by convention; renumbered after the deletes
        for (int i = 0; i < kept.size(); i++) {
            kept.get(i).position = i;
            kept.get(i).persist();
        }
    }

    @Transactional
    public ResolutionApi.TaskView assign(UUID meetingId, ResolutionApi.TaskCreate c) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        LocalDate meetingDay = time.dateOf(m.scheduledStart);
        if (c.dueDate() != null && c.dueDate().isBefore(meetingDay)) {
            throw ApiException.invalidField("dueDate", "date-before", meetingDay.toString());
        }
        Task t = new Task();
        t.meetingId = m.id;
        t.organizationId = m.organization.id;
        t.title = c.title().trim();
        t.assigneeKind = c.assigneeKind();
        if (c.assigneeKind().isMember()) {
            if (c.assigneeMemberId() == null) throw ApiException.invalidField("assigneeMemberId", "assignee-member-required");
            Member member = members.findById(c.assigneeMemberId());
            if (member == null || Membership.count("member = ?1 and organization = ?2", member, m.organization) == 0) {
                throw ApiException.invalidField("assigneeMemberId", "not-a-member-of-cell");
            }
            t.assigneeMemberId = member.id;
            t.assigneeName = member.fullName;
        } else {
            if (c.assigneeName() == null || c.assigneeName().isBlank()) {
                throw ApiException.invalidField("assigneeName", "assignee-name-required");
            }
            t.assigneeName = c.assigneeName().trim();
        }
        if (c.sectionId() != null) {
            if (ResolutionSection.count("id = ?1 and meetingId = ?2", c.sectionId(), m.id) == 0) {
                throw ApiException.invalidField("sectionId", "section-not-of-meeting");
            }
            t.sectionId = c.sectionId();
        }
        t.dueDate = c.dueDate();
        t.status = c.status() != null ? c.status() : TaskStatus.NOT_STARTED;
        t.createdAt = time.now();
        t.persistAndFlush();
        audit.record("Task", t.id, m.organization, "ASSIGN", Map.of("meetingId", m.id.toString(),
                "assignee", t.assigneeName, "title", t.title));
        return ResolutionApi.TaskView.of(t);
    }

    /** The cell's secretary or staff above, or the member the task is assigned to, reports on it. */
    @Transactional
    public ResolutionApi.TaskView update(UUID taskId, ResolutionApi.TaskPatch p) {
        Task t = Task.findById(taskId);
        if (t == null) throw ApiException.notFound("entity.task");
        Organization org = organizations.require(t.organizationId);
        Optional<Member> me = members.byUsername(actor.username());
        boolean assignee = me.isPresent() && me.get().id.equals(t.assigneeMemberId);
        if (!assignee) access.requireChangeMembers(org);
        Versions.require(p.version(), t.version);
        if (p.status() != null) t.status = p.status();
        if (p.result() != null) t.result = Strings.blankToNull(p.result());
        if (p.dueDate() != null) {
            if (!assignee) {
                Meeting m = guard.require(t.meetingId);
                if (p.dueDate().isBefore(time.dateOf(m.scheduledStart))) {
                    throw ApiException.invalidField("dueDate", "date-before", time.dateOf(m.scheduledStart).toString());
                }
                t.dueDate = p.dueDate();
            }
        }
        t.persistAndFlush();
        facts.meeting(t.meetingId); // its tasks completed
        audit.record("Task", t.id, org, "UPDATE", Map.of("status", t.status.name()));
        return ResolutionApi.TaskView.of(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ResolutionApi.TaskView> ofOrganization(UUID organizationId, boolean openOnly, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        String where = openOnly ? "organizationId = ?1 and status in ?2" : "organizationId = ?1";
        Object[] params = openOnly
                ? new Object[] {org.id, TaskStatus.OPEN}
                : new Object[] {org.id};
        List<ResolutionApi.TaskView> items = Task.<Task>find(where + " order by dueDate, createdAt", params)
                .page(paging.page, paging.size).list().stream().map(ResolutionApi.TaskView::of).toList();
        return new PageResult<>(items, paging.page, paging.size, Task.count(where, params));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ResolutionApi.TaskView> mine(PageRequest paging) {
        return members.byUsername(actor.username())
                .map(me -> {
                    // id breaks ties of the same due date and creation instant so pages never overlap
                    List<ResolutionApi.TaskView> items = Task.<Task>find(
                                    "assigneeMemberId = ?1 order by dueDate, createdAt, id", me.id)
                            .page(paging.page, paging.size).list().stream().map(ResolutionApi.TaskView::of).toList();
                    return new PageResult<>(items, paging.page, paging.size, Task.count("assigneeMemberId", me.id));
                })
                .orElse(new PageResult<>(List.of(), paging.page, paging.size, 0));
    }

}
