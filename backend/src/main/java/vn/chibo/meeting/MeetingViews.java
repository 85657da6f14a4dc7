package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Member;
import vn.chibo.member.PositionRepository;
import vn.chibo.organization.OrganizationHistory;
import vn.chibo.meeting.rules.PublicationDeadline;
import vn.chibo.policy.PolicyApi;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.resolution.ResolutionApi;
import vn.chibo.resolution.Task;

/** Assembles the full view of a meeting: its records, figures and the warnings its rules raise. */
@ApplicationScoped
public class MeetingViews {
    private final MeetingRoster roster;
    private final PolicyService policies;
    private final MeetingRules rules;
    private final TimeSource time;
    private final ExcusedStreaks streaks;
    private final PositionRepository positions;
    private final OrganizationHistory organizations;

    public MeetingViews(MeetingRoster roster, PolicyService policies, MeetingRules rules, TimeSource time,
                        ExcusedStreaks streaks, PositionRepository positions, OrganizationHistory organizations) {
        this.streaks = streaks;
        this.positions = positions;
        this.organizations = organizations;
        this.roster = roster;
        this.policies = policies;
        this.rules = rules;
        this.time = time;
    }

    public MeetingApi.Summary summary(Meeting m) {
        return new MeetingApi.Summary(m.id, m.organization.id, m.organization.name, m.type, m.isModel, m.mode,
                m.title, time.local(m.scheduledStart), m.plannedDurationMinutes, m.place, m.onlineLink, m.status,
                m.version);
    }

    /** An upcoming meeting as a member sees it in their schedule: with its published documents. */
    public MeetingApi.Upcoming upcoming(Meeting m) {
        PolicyProfile policy = policies.pinnedOrInForce(m.policyProfileId, m.organization, time.dateOf(m.scheduledStart));
        return new MeetingApi.Upcoming(m.id, m.organization.id, m.organization.name, m.type, m.isModel, m.mode, m.title,
                time.local(m.scheduledStart), m.plannedDurationMinutes, m.place, m.onlineLink, m.status, m.version,
                documents(m, policy));
    }

    /** Everything a secretary or supervisor sees on the meeting screen. */
    public MeetingApi.View view(Meeting m, Locale locale) {
        LocalDate day = time.dateOf(m.scheduledStart);
        PolicyProfile policy = policies.pinnedOrInForce(m.policyProfileId, m.organization, day); // BR-D2
        MeetingRoster.Roster people = m.type.isCellMeeting() ? roster.on(m.organization, day)
                : new MeetingRoster.Roster(List.of(), List.of());
        // The meeting's attendance comes with the year's excused runs: one statement for both.
        ExcusedStreaks.Year year = streaks.year(m, people.expected().stream().map(e -> e.member().id).toList());
        Map<UUID, Attendance> recorded = year.recorded();
        Map<UUID, Integer> excusedRuns = year.runs();

        List<MeetingApi.AttendanceEntry> attendance = new ArrayList<>();
        for (MeetingRoster.Expected e : people.expected()) {
            Attendance a = recorded.get(e.member().id);
            attendance.add(new MeetingApi.AttendanceEntry(e.member().id, e.member().fullName, e.status(),
                    e.attachment(), a == null ? AttendanceStatus.NOT_RECORDED : a.status,
                    a == null ? null : a.reasonCategory, a == null ? null : a.reasonText,
                    excusedRuns.getOrDefault(e.member().id, 0), a == null ? 0 : a.version));
        }
        List<MeetingApi.NotExpected> notExpected = people.notExpected().stream()
                .map(n -> new MeetingApi.NotExpected(n.member().id, n.member().fullName, n.why())).toList();

        List<Guest> guests = Guest.list("meetingId", m.id);
        Map<UUID, String> guestNames = guests.stream().collect(Collectors.toMap(g -> g.id, g -> g.name));
        Map<UUID, String> names = memberNames(people, m);
        List<Speech> speechRows = Speech.list("meetingId = ?1 order by createdAt", m.id);
        List<MeetingApi.SpeechView> speeches = speechRows.stream().map(s -> new MeetingApi.SpeechView(s.id, s.memberId,
                s.guestId, s.memberId != null ? names.getOrDefault(s.memberId, "?") : guestNames.getOrDefault(s.guestId, "?"),
                s.agendaItemId, s.summary)).toList();

        List<MeetingApi.VoteView> votes = votes(m, names);
        List<MeetingApi.AgendaItemView> agenda = AgendaItem.<AgendaItem>list("meetingId = ?1 order by position", m.id)
                .stream().map(i -> new MeetingApi.AgendaItemView(i.id, i.position, i.part, i.kind, i.title,
                        MeetingApi.MemberRef.of(i.presenter), i.plannedMinutes)).toList();
        List<MeetingApi.DocumentView> documents = documents(m, policy);
        List<MeetingApi.Change> history = MeetingChange.<MeetingChange>list("meetingId = ?1 order by at", m.id).stream()
                .map(c -> new MeetingApi.Change(time.local(c.at), c.actor, c.kind, c.reason, time.local(c.fromStart),
                        time.local(c.toStart))).toList();
        List<Task> toReview = m.type.isRegular() ? rules.openTasksBefore(m) : List.of();
        Double completion = m.type.isRegular() ? rules.previousCompletionRate(m) : null;

        MeetingApi.Figures figures = figures(attendance, speechRows, m, completion, policy);
        // BR-M1 from one read: the meetings preparing this one (the first is shown; a cancelled one prepares nothing)
        List<Object[]> preparing = Meeting.getEntityManager().createQuery("select x.id, x.status from Meeting x"
                + " where x.prepares.id = ?1 order by x.scheduledStart", Object[].class).setParameter(1, m.id).getResultList();
        UUID pre = preparing.isEmpty() ? null : (UUID) preparing.getFirst()[0];
        boolean preMeetingRecorded = preparing.stream().anyMatch(r -> r[1] != MeetingStatus.CANCELLED);
        boolean secretaryOnly = m.type.isRegular() && !preMeetingRecorded && positions.secretaryOnly(m.organization, day);
        List<MeetingApi.Warning> warnings = rules.warnings(new MeetingRules.Facts(m, policy, attendance, figures,
                documents, votes, locale, agenda.stream().map(MeetingApi.AgendaItemView::kind).toList(),
                preMeetingRecorded, secretaryOnly));
        return new MeetingApi.View(m.id, m.organization.id, m.organization.name, m.type, m.isModel, m.mode, m.title,
                time.local(m.scheduledStart), m.plannedDurationMinutes, m.place, m.onlineLink, m.status, m.version,
                MeetingApi.MemberRef.of(m.chair), MeetingApi.MemberRef.of(m.preparer),
                MeetingApi.MemberRef.of(m.minuteTaker), time.local(m.actualStart), time.local(m.actualEnd),
                time.local(m.notifiedAt), preparerAssignment(m), publication(m, policy), packPostings(m),
                m.prepares == null ? null : m.prepares.id, pre,
                history, agenda, documents, attendance, notExpected, guests.stream().map(MeetingApi.GuestView::of).toList(),
                speeches, votes, toReview.stream().map(ResolutionApi.TaskView::of).toList(), figures, warnings,
                PolicyApi.View.of(policy), organizations.on(m.organization, day)); // BR-D1: named as on its day
    }

    private MeetingApi.PreparerAssignment preparerAssignment(Meeting m) {
        return m.preparerAssignedBy == null ? null : new MeetingApi.PreparerAssignment(
                MeetingApi.MemberRef.of(m.preparerAssignedBy), time.local(m.preparerAssignedAt));
    }

    /** Only once the meeting is held: before it, nothing is due. */
    private MeetingApi.Publication publication(Meeting m, PolicyProfile policy) {
        if (m.status != MeetingStatus.HELD && m.status != MeetingStatus.APPROVED) return null;
        return new MeetingApi.Publication(time.local(m.recordsPublishedAt), m.recordsPublishedBy,
                PublicationDeadline.due(time.dateOf(m.scheduledStart), policy.postPublishDeadlineDays));
    }

    /** Read from the meeting's own row: the meeting read stays within its statements. */
    private MeetingApi.PackPostings packPostings(Meeting m) {
        if (m.packPostedBeforeAt == null && m.packPostedAfterAt == null) return null;
        return new MeetingApi.PackPostings(time.local(m.packPostedBeforeAt), time.local(m.packPostedAfterAt));
    }

    private MeetingApi.Figures figures(List<MeetingApi.AttendanceEntry> attendance, List<Speech> speeches, Meeting m,
                                       Double completion, PolicyProfile policy) {
        int present = 0;
        int online = 0;
        int excused = 0;
        int unexcused = 0;
        int notRecorded = 0;
        Set<UUID> presentIds = new HashSet<>();
        for (MeetingApi.AttendanceEntry a : attendance) {
            if (a.status() == AttendanceStatus.PRESENT_ONLINE) online++;
            if (a.status().countsAsPresent(policy)) {
                present++;
                presentIds.add(a.memberId());
            }
            switch (a.status()) {
                case ABSENT_EXCUSED -> excused++;
                case ABSENT_UNEXCUSED -> unexcused++;
                case NOT_RECORDED -> notRecorded++;
                default -> { }
            }
        }
        Set<UUID> speakers = new HashSet<>();
        speeches.stream().filter(s -> s.memberId != null && presentIds.contains(s.memberId)).forEach(s -> speakers.add(s.memberId));
        return new MeetingApi.Figures(attendance.size(), present, excused, unexcused, notRecorded,
                percent(present, attendance.size()), speakers.size(), percent(speakers.size(), present),
                m.durationMinutes(), completion, online, policy.onlineAttendanceCounts);
    }

    private List<MeetingApi.VoteView> votes(Meeting m, Map<UUID, String> names) {
        List<Vote> votes = Vote.list("meetingId = ?1 order by createdAt", m.id);
        if (votes.isEmpty()) return List.of();
        Map<UUID, List<Ballot>> ballots = Ballot.<Ballot>list("voteId in ?1", votes.stream().map(v -> v.id).toList())
                .stream().collect(Collectors.groupingBy(b -> b.voteId));
        return votes.stream().map(v -> MeetingApi.VoteView.of(v, ballots.getOrDefault(v.id, List.of()).stream()
                .map(b -> new MeetingApi.BallotView(b.memberId, names.getOrDefault(b.memberId, "?"), b.choice))
                .toList())).toList();
    }

    private List<MeetingApi.DocumentView> documents(Meeting m, PolicyProfile policy) {
        var deadline = m.scheduledStart.minus(java.time.Duration.ofDays(policy.documentLeadDays));
        return MeetingDocument.<MeetingDocument>list("meetingId = ?1 order by publishedAt", m.id).stream()
                .map(d -> new MeetingApi.DocumentView(d.id, d.kind, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                        time.local(d.publishedAt), d.publishedBy, d.publishedAt.isAfter(deadline))).toList();
    }

    private Map<UUID, String> memberNames(MeetingRoster.Roster people, Meeting m) {
        Map<UUID, String> names = new HashMap<>();
        people.expected().forEach(e -> names.put(e.member().id, e.member().fullName));
        people.notExpected().forEach(e -> names.put(e.member().id, e.member().fullName));
        for (Member extra : java.util.Arrays.asList(m.chair, m.preparer, m.minuteTaker)) {
            if (extra != null) names.putIfAbsent(extra.id, extra.fullName);
        }
        return names;
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
