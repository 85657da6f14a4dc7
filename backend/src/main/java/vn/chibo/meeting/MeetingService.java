package vn.chibo.meeting;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.member.Member;
import vn.chibo.member.MemberRepository;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipRepository;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;
import vn.chibo.common.Quarters;

/** Scheduling and the life cycle of meetings, the calendar and monthly/quarterly compliance. */
@ApplicationScoped
public class MeetingService {
    private static final Logger LOG = Logger.getLogger(MeetingService.class);
    static final String ENTITY = "Meeting";

    private final MeetingGuard guard;
    private final MeetingViews views;
    private final MeetingViewCache viewCache;
    private final MeetingRules rules;
    private final MeetingRoster roster;
    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final PolicyService policies;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final MeetingNotices notices;
    private final MeetingChanges changes;

    public MeetingService(MeetingGuard guard, MeetingViews views, MeetingRules rules, MeetingRoster roster,
                          OrganizationRepository organizations, MemberRepository members,
                          MembershipRepository memberships, PolicyService policies, AccessPolicy access,
                          CurrentActor actor, AuditService audit, TimeSource time, MeetingViewCache viewCache,
                          MeetingNotices notices, MeetingChanges changes) {
        this.changes = changes;
        this.guard = guard;
        this.views = views;
        this.viewCache = viewCache;
        this.rules = rules;
        this.roster = roster;
        this.organizations = organizations;
        this.members = members;
        this.memberships = memberships;
        this.policies = policies;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.notices = notices;
    }

    public record ListQuery(LocalDate from, LocalDate to, boolean includeSubtree, MeetingType type,
                            MeetingStatus status) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MeetingApi.Summary> list(UUID organizationId, ListQuery q, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        LocalDate from = q.from() != null ? q.from() : time.today().withDayOfMonth(1);
        LocalDate to = q.to() != null ? q.to() : from.plusMonths(3);
        if (to.isBefore(from)) throw ApiException.invalidField("to", "date-before", from.toString());
        StringBuilder where = new StringBuilder("m.scheduledStart >= :from and m.scheduledStart < :to");
        Parameters params = Parameters.with("from", startOf(from)).and("to", startOf(to.plusDays(1)));
        if (q.includeSubtree()) {
            where.append(" and o.path like :path");
            params.and("path", org.path + "%");
        } else {
            where.append(" and o.id = :org");
            params.and("org", org.id);
        }
        if (q.type() != null) {
            where.append(" and m.type = :type");
            params.and("type", q.type());
        }
        if (q.status() != null) {
            where.append(" and m.status = :status");
            params.and("status", q.status());
        }
        long total = Meeting.find("select count(m) from Meeting m join m.organization o where " + where, params)
                .project(Long.class).singleResult();
        List<Meeting> items = Meeting.<Meeting>find("select m from Meeting m join fetch m.organization o where " + where
                + " order by m.scheduledStart, o.nameFolded", params).page(paging.page, paging.size).list();
        return new PageResult<>(items.stream().map(views::summary).toList(), paging.page, paging.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingApi.View get(UUID id, Locale locale) {
        Meeting m = guard.readable(id);
        return viewCache.get(m, locale, () -> views.view(m, locale));
    }

    @Transactional
    public MeetingApi.View schedule(UUID organizationId, MeetingApi.Create c, Locale locale) {
        Organization cell = organizations.require(organizationId);
        access.requireChangeMembers(cell);
        Meeting m = plan(cell, c.type(), c.scheduledStart().toInstant(), c.plannedDurationMinutes(), c.place());
        m.isModel = Boolean.TRUE.equals(c.isModel());
        m.mode = c.mode() != null ? c.mode() : MeetingMode.IN_PERSON;
        m.title = Strings.blankToNull(c.title());
        m.onlineLink = Strings.blankToNull(c.onlineLink());
        m.chair = memberOf(cell, c.chairId(), "chairId");
        assignPreparer(m, c.preparerId(), c.preparerAssignedById());
        m.minuteTaker = memberOf(cell, c.minuteTakerId(), "minuteTakerId");
        if (c.preparesMeetingId() != null) {
            if (c.type() != MeetingType.COMMITTEE) throw ApiException.invalidField("preparesMeetingId", "prepares-needs-committee");
            // Written to: it now has a pre-meeting (BR-M1), one of its facts.
            Meeting prepared = guard.writable(c.preparesMeetingId());
            if (!prepared.organization.id.equals(cell.id)) throw ApiException.invalidField("preparesMeetingId", "prepares-other-cell");
            m.prepares = prepared;
        }
        save(m);
        return views.view(m, locale);
    }

    /**
     * A meeting an approved plan calls for (topical session, forum). The caller has already checked
     * that the actor may decide for this cell.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting scheduleFromPlan(Organization cell, MeetingType type, Instant start, String title, UUID presenterId) {
        Meeting m = plan(cell, type, start, null, null);
        m.title = title;
        m.preparer = memberOf(cell, presenterId, "presenterId");
        save(m);
        return m;
    }

    @Transactional
    public List<MeetingApi.Summary> recurring(UUID organizationId, MeetingApi.Recurring r) {
        Organization cell = organizations.require(organizationId);
        access.requireChangeMembers(cell);
        LocalTime at = LocalTime.parse(r.time());
        LocalDate today = time.today();
        List<Meeting> created = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(r.year(), month);
            LocalDate day = ym.atDay(Math.min(r.dayOfMonth(), ym.lengthOfMonth()));
            if (day.isBefore(today) || regularExists(cell, ym)) continue;
            Meeting m = plan(cell, MeetingType.REGULAR, day.atTime(at).atZone(time.zone()).toInstant(),
                    r.plannedDurationMinutes(), r.place());
            m.mode = MeetingMode.IN_PERSON;
            save(m);
            created.add(m);
        }
        return created.stream().map(views::summary).toList();
    }

    @Transactional
    public MeetingApi.View update(UUID id, MeetingApi.Patch p, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireStatus(m, "update", MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED,
                MeetingStatus.HELD);
        Versions.require(p.version(), m.version);
        if (p.scheduledStart() != null && !p.scheduledStart().toInstant().equals(m.scheduledStart)) {
            // A held meeting keeps its date: its records (attendance, minutes) belong to that day.
            guard.requireStatus(m, "update", MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED);
            Instant from = m.scheduledStart;
            m.scheduledStart = p.scheduledStart().toInstant();
            change(m, MeetingChange.Kind.RESCHEDULED, null, from, m.scheduledStart);
            refuseSecondRegular(m);
        }
        if (p.isModel() != null) m.isModel = p.isModel();
        if (p.mode() != null) m.mode = p.mode();
        if (p.title() != null) m.title = Strings.blankToNull(p.title());
        if (p.plannedDurationMinutes() != null) m.plannedDurationMinutes = p.plannedDurationMinutes();
        if (p.place() != null) m.place = Strings.blankToNull(p.place());
        if (p.onlineLink() != null) m.onlineLink = Strings.blankToNull(p.onlineLink());
        if (p.chairId() != null) m.chair = memberOf(m.organization, p.chairId(), "chairId");
        if (p.preparerId() != null || p.preparerAssignedById() != null) {
            assignPreparer(m, p.preparerId() != null ? p.preparerId() : m.preparer == null ? null : m.preparer.id,
                    p.preparerAssignedById());
        }
        if (p.minuteTakerId() != null) m.minuteTaker = memberOf(m.organization, p.minuteTakerId(), "minuteTakerId");
        Meeting.flush();
        audit.record(ENTITY, m.id, m.organization, "UPDATE", Map.of("scheduledStart", m.scheduledStart.toString()));
        return views.view(m, locale);
    }

    @Transactional
    public MeetingApi.View postpone(UUID id, MeetingApi.Postpone p, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireStatus(m, "postpone", MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED);
        Versions.require(p.version(), m.version);
        Instant from = m.scheduledStart;
        if (p.newStart() != null) m.scheduledStart = p.newStart().toInstant();
        m.status = MeetingStatus.POSTPONED;
        change(m, MeetingChange.Kind.POSTPONED, p.reason(), from, m.scheduledStart);
        if (p.newStart() != null) refuseSecondRegular(m);
        Meeting.flush();
        audit.record(ENTITY, m.id, m.organization, "POSTPONE", Map.of("reason", p.reason()));
        return views.view(m, locale);
    }

    @Transactional
    public MeetingApi.View cancel(UUID id, MeetingApi.Cancel c, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireStatus(m, "cancel", MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED);
        Versions.require(c.version(), m.version);
        m.status = MeetingStatus.CANCELLED;
        change(m, MeetingChange.Kind.CANCELLED, c.reason(), null, null);
        Meeting.flush();
        audit.record(ENTITY, m.id, m.organization, "CANCEL", Map.of("reason", c.reason()));
        return views.view(m, locale);
    }

    /** BR-M3: a notice to every expected member and the cell's supervisors (inbox, and e-mail when they have it). */
    @Transactional
    public MeetingApi.View notify(UUID id, MeetingApi.VersionOnly v, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireStatus(m, "notify", MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED);
        Versions.require(v.version(), m.version);
        m.status = MeetingStatus.NOTIFIED;
        m.notifiedAt = time.now();
        change(m, MeetingChange.Kind.NOTIFIED, null, null, m.scheduledStart);
        int recipients = notices.meetingNotice(m);
        // Only the count: user names are personal data and stay out of the logs.
        LOG.infof("Meeting %s notified to %d people", m.id, recipients);
        Meeting.flush();
        audit.record(ENTITY, m.id, m.organization, "NOTIFY", Map.of("recipients", recipients));
        return views.view(m, locale);
    }

    @Transactional
    public MeetingApi.View recordTimes(UUID id, MeetingApi.Times t, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireStatus(m, "hold", MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED,
                MeetingStatus.HELD);
        Versions.require(t.version(), m.version);
        if (!t.actualEnd().isAfter(t.actualStart())) {
            throw ApiException.invalidField("actualEnd", "end-before-start");
        }
        if (t.actualStart().toInstant().isAfter(time.now())) throw ApiException.invalidField("actualStart", "date-in-future");
        boolean first = m.status != MeetingStatus.HELD;
        m.actualStart = t.actualStart().toInstant();
        m.actualEnd = t.actualEnd().toInstant();
        m.status = MeetingStatus.HELD;
        // BR-D2: held, the meeting keeps the profile in force on its day (MeetingPolicies says why now)
        if (m.policyProfileId == null) {
            m.policyProfileId = policies.inForce(m.organization, time.dateOf(m.scheduledStart)).id;
        }
        if (first) change(m, MeetingChange.Kind.HELD, null, null, null);
        Meeting.flush();
        audit.record(ENTITY, m.id, m.organization, "HOLD", Map.of("durationMinutes", m.durationMinutes()));
        return views.view(m, locale);
    }

    @Transactional
    public MeetingApi.View replaceAgenda(UUID id, MeetingApi.AgendaUpdate u, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireRecordable(m);
        Versions.require(u.version(), m.version);
        AgendaItem.delete("meetingId", m.id);
        Meeting.flush();
        int position = 0;
        for (MeetingApi.AgendaItemInput in : u.items()) {
            AgendaItem item = new AgendaItem();
            item.meetingId = m.id;
            item.position = position++;
            item.part = in.part();
            item.kind = in.kind();
            item.title = in.title().trim();
            item.presenter = memberOf(m.organization, in.presenterId(), "items[" + (position - 1) + "].presenterId");
            item.plannedMinutes = in.plannedMinutes();
            item.persist();
        }
        touch(m);
        audit.record(ENTITY, m.id, m.organization, "AGENDA", Map.of("items", u.items().size()));
        return views.view(m, locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingApi.AgendaTemplate> templates(MeetingType type) {
        List<MeetingApi.AgendaTemplate> out = new ArrayList<>();
        for (MeetingType t : type == null ? List.of(MeetingType.values()) : List.of(type)) {
            out.add(new MeetingApi.AgendaTemplate(t, template(t).stream().map(i -> new MeetingApi.AgendaItemInput(i.part,
                    i.kind, i.title, null, i.plannedMinutes)).toList()));
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingApi.Compliance compliance(UUID organizationId, Integer year) {
        Organization cell = organizations.require(organizationId);
        access.requireRead(cell);
        int y = year != null ? year : time.today().getYear();
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(time.zone()).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(time.zone()).toInstant();
        List<Meeting> meetings = Meeting.list("organization = ?1 and scheduledStart >= ?2 and scheduledStart < ?3"
                + " and status <> ?4 order by scheduledStart", cell, from, to, MeetingStatus.CANCELLED);
        List<MeetingApi.MonthCompliance> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Meeting held = null;
            boolean scheduled = false;
            for (Meeting m : meetings) {
                if (!m.type.isRegular() || time.dateOf(m.scheduledStart).getMonthValue() != month) continue;
                scheduled = true;
                if (m.status == MeetingStatus.HELD || m.status == MeetingStatus.APPROVED) held = m;
            }
            months.add(new MeetingApi.MonthCompliance(month, held != null, scheduled, held == null ? null : held.id));
        }
        List<MeetingApi.QuarterCompliance> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            boolean topical = meetings.stream().anyMatch(m -> m.type.isTopical()
                    && (m.status == MeetingStatus.HELD || m.status == MeetingStatus.APPROVED)
                    && Quarters.of(time.dateOf(m.scheduledStart)) == q);
            quarters.add(new MeetingApi.QuarterCompliance(quarter, topical));
        }
        return new MeetingApi.Compliance(cell.id, y, months, quarters);
    }

    /** Upcoming meetings of the cells the caller belongs to, is appointed to or supervises. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MeetingApi.Upcoming> mine(PageRequest paging) {
        Set<UUID> cells = new LinkedHashSet<>();
        actor.appointments().stream().filter(a -> a.organization.holdsMeetings).forEach(a -> cells.add(a.organization.id));
        members.byUsername(actor.username()).ifPresent(me ->
                memberships.activeOf(me, time.today()).forEach(ms -> cells.add(ms.organization.id)));
        if (cells.isEmpty()) return new PageResult<>(List.of(), paging.page, paging.size, 0);
        Instant since = time.today().atStartOfDay(time.zone()).toInstant();
        String where = "organization.id in ?1 and scheduledStart >= ?2 and status in ?3";
        Object[] params = {cells, since, List.of(MeetingStatus.PLANNED, MeetingStatus.NOTIFIED, MeetingStatus.POSTPONED)};
        // id breaks ties of two cells meeting at the same instant so pages never overlap
        List<MeetingApi.Upcoming> items = Meeting.<Meeting>find(where + " order by scheduledStart, id", params)
                .page(paging.page, paging.size).list().stream().map(views::upcoming).toList();
        return new PageResult<>(items, paging.page, paging.size, Meeting.count(where, params));
    }

    // ---- helpers ----

    private Meeting plan(Organization cell, MeetingType type, Instant start, Integer duration, String place) {
        if (cell.isClosed()) throw ApiException.conflict("organization-closed", cell.name);
        if (!cell.holdsMeetings) throw ApiException.conflict("not-a-cell", cell.name);
        PolicyProfile policy = policies.inForce(cell, time.dateOf(start));
        Meeting m = new Meeting();
        m.organization = cell;
        m.type = type;
        m.scheduledStart = start;
        m.plannedDurationMinutes = duration != null ? duration : policy.minimumDurationMinutes(type == MeetingType.COMBINED,
                (int) memberships.countActiveIn(cell, time.dateOf(start)));
        m.place = Strings.blankToNull(place);
        m.mode = MeetingMode.IN_PERSON;
        m.status = MeetingStatus.PLANNED;
        refuseSecondRegular(m);
        return m;
    }

    private void save(Meeting m) {
        m.persist();
        int position = 0;
        for (AgendaTemplateItem t : template(m.type)) {
            AgendaItem item = new AgendaItem();
            item.meetingId = m.id;
            item.position = position++;
            item.part = t.part;
            item.kind = t.kind;
            item.title = t.title;
            item.plannedMinutes = t.plannedMinutes;
            item.persist();
        }
        change(m, MeetingChange.Kind.SCHEDULED, null, null, m.scheduledStart);
        Meeting.flush();
        audit.record(ENTITY, m.id, m.organization, "SCHEDULE", Map.of("type", m.type.name(),
                "scheduledStart", m.scheduledStart.toString()));
    }

    private void refuseSecondRegular(Meeting m) {
        if (!m.type.isRegular()) return;
        organizations.lockForWrite(m.organization); // concurrent schedulers of the cell count one after the other
        if (!rules.secondRegularInMonth(m)) return;
        PolicyProfile policy = policies.pinnedOrInForce(m.policyProfileId, m.organization, time.dateOf(m.scheduledStart));
        if (policy.secondRegularInMonth == PolicyProfile.SecondRegular.REFUSE) {
            throw ApiException.conflictOnField("second-regular-in-month", "scheduledStart");
        }
    }

    private boolean regularExists(Organization cell, YearMonth ym) {
        Instant from = ym.atDay(1).atStartOfDay(time.zone()).toInstant();
        Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(time.zone()).toInstant();
        return Meeting.count("organization = ?1 and type in ?2 and status <> ?3 and scheduledStart >= ?4"
                        + " and scheduledStart < ?5", cell, List.of(MeetingType.REGULAR, MeetingType.COMBINED),
                MeetingStatus.CANCELLED, from, to) > 0;
    }

    private List<AgendaTemplateItem> template(MeetingType type) {
        return AgendaTemplateItem.list("meetingType = ?1 order by position", type);
    }

    /**
     * BR-M2: the preparer, and who assigned them (recorded with the moment, under the HD 42 profile). A new preparer
     * without an assigner drops the earlier assignment: it was about someone else.
     */
    private void assignPreparer(Meeting m, UUID preparerId, UUID assignedById) {
        Member preparer = memberOf(m.organization, preparerId, "preparerId");
        boolean changed = preparer == null ? m.preparer != null : m.preparer == null || !m.preparer.id.equals(preparer.id);
        m.preparer = preparer;
        if (assignedById != null) {
            if (preparer == null) throw ApiException.invalidField("preparerId", "preparer-required");
            m.preparerAssignedBy = memberOf(m.organization, assignedById, "preparerAssignedById");
            m.preparerAssignedAt = time.now();
        } else if (changed) {
            m.preparerAssignedBy = null;
            m.preparerAssignedAt = null;
        }
    }

    /**
     * BR-R5: the final documents and resolution of a held meeting are published to members and sent to the committee
     * above. The first time is the evidence and is kept: publishing again changes nothing.
     */
    @Transactional
    public MeetingApi.View publishRecords(UUID id, MeetingApi.VersionOnly v, Locale locale) {
        Meeting m = guard.writable(id);
        guard.requireStatus(m, "publish", MeetingStatus.HELD, MeetingStatus.APPROVED);
        Versions.require(v.version(), m.version);
        if (m.recordsPublishedAt == null) {
            m.recordsPublishedAt = time.now();
            m.recordsPublishedBy = actor.username();
            Meeting.flush();
            audit.record(ENTITY, m.id, m.organization, "PUBLISH_RECORDS", Map.of("at", m.recordsPublishedAt.toString()));
            notices.recordsPublished(m); // "sent to the upper committee" (BR-R5): in its staff's inbox and e-mail
        }
        return views.view(m, locale);
    }

    /** A member of the cell (active on any day): chair, preparer, minute-taker, presenter. */
    private Member memberOf(Organization cell, UUID memberId, String field) {
        if (memberId == null) return null;
        Member member = members.findById(memberId);
        boolean belongs = member != null && Membership.count("member = ?1 and organization = ?2", member, cell) > 0;
        if (!belongs) throw ApiException.invalidField(field, "not-a-member-of-cell");
        return member;
    }

    private void change(Meeting m, MeetingChange.Kind kind, String reason, Instant from, Instant to) {
        changes.record(m, kind, reason, from, to);
    }

    /** A change to the meeting's parts bumps its version, so concurrent edits of the whole are detected. */
    private void touch(Meeting m) {
        Meeting.getEntityManager().lock(m, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Meeting.flush();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }

}
