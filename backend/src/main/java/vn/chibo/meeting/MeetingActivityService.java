package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Versions;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.policy.DecisionKind;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.policy.VoteDecisions;
import vn.chibo.security.CurrentActor;

/** What happens in the room: attendance, guests, speeches and votes. */
@ApplicationScoped
public class MeetingActivityService {
    private final MeetingGuard guard;
    private final MeetingRoster roster;
    private final PolicyService policies;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public MeetingActivityService(MeetingGuard guard, MeetingRoster roster, PolicyService policies, CurrentActor actor,
                                  AuditService audit, TimeSource time) {
        this.guard = guard;
        this.roster = roster;
        this.policies = policies;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    /** One tap: the member's status, with the version the device saw (0 for a first record). */
    @Transactional
    public MeetingApi.AttendanceEntry recordAttendance(UUID meetingId, UUID memberId, MeetingApi.AttendanceUpdate u) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        requireMeetingDayReached(m);
        if (u.status() == AttendanceStatus.NOT_RECORDED) throw ApiException.invalidField("status", "attendance-status");
        if (u.status() == AttendanceStatus.ABSENT_EXCUSED && u.reasonCategory() == null) {
            throw ApiException.invalidField("reasonCategory", "absence-reason-required");
        }
        MeetingRoster.Expected expected = roster.on(m.organization, time.dateOf(m.scheduledStart)).find(memberId);
        if (expected == null) throw ApiException.conflict("not-expected-member");
        Attendance a = Attendance.find("meetingId = ?1 and memberId = ?2", m.id, memberId).firstResult();
        Long named = Versions.basedOn(u.version());
        long basedOn = named == null ? 0 : named;
        boolean absent = !u.status().attended();
        AbsenceReason reason = absent ? u.reasonCategory() : null;
        String reasonText = absent && u.reasonText() != null && !u.reasonText().isBlank() ? u.reasonText().trim() : null;
        if (a == null) {
            if (basedOn != 0) throw Versions.conflict(0);
            a = new Attendance();
            a.meetingId = m.id;
            a.memberId = memberId;
        } else if (basedOn != a.version) {
            // A phone resending a tap whose answer it never got: the same record is already there.
            boolean sameAsStored = a.status == u.status() && a.reasonCategory == reason
                    && java.util.Objects.equals(a.reasonText, reasonText);
            if (!sameAsStored) throw Versions.conflict(a.version);
            return new MeetingApi.AttendanceEntry(memberId, expected.member().fullName, expected.status(),
                    expected.attachment(), a.status, a.reasonCategory, a.reasonText, 0, a.version);
        }
        a.status = u.status();
        a.reasonCategory = reason;
        a.reasonText = reasonText;
        a.recordedAt = time.now();
        a.recordedBy = actor.username();
        a.persistAndFlush();
        audit.record("Attendance", a.id, m.organization, "RECORD", Map.of("meetingId", m.id.toString(),
                "memberId", memberId.toString(), "status", a.status.name()));
        return new MeetingApi.AttendanceEntry(memberId, expected.member().fullName, expected.status(),
                expected.attachment(), a.status, a.reasonCategory, a.reasonText, 0, a.version);
    }

    @Transactional
    public MeetingApi.GuestView addGuest(UUID meetingId, MeetingApi.GuestCreate g) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        Guest guest = new Guest();
        guest.meetingId = m.id;
        guest.name = g.name().trim();
        guest.role = Strings.blankToNull(g.role());
        guest.organizationName = Strings.blankToNull(g.organizationName());
        guest.persist();
        audit.record("Guest", guest.id, m.organization, "ADD", Map.of("meetingId", m.id.toString(), "name", guest.name));
        return MeetingApi.GuestView.of(guest);
    }

    @Transactional
    public void removeGuest(UUID meetingId, UUID guestId) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        Guest guest = Guest.find("id = ?1 and meetingId = ?2", guestId, m.id).firstResult();
        if (guest == null) throw ApiException.notFound("entity.guest");
        if (Speech.count("guestId", guest.id) > 0) throw ApiException.conflict("guest-has-speeches", guest.name);
        guest.delete();
        audit.record("Guest", guestId, m.organization, "REMOVE", Map.of("meetingId", m.id.toString()));
    }

    @Transactional
    public MeetingApi.SpeechView addSpeech(UUID meetingId, MeetingApi.SpeechCreate s) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        requireMeetingDayReached(m);
        if ((s.memberId() == null) == (s.guestId() == null)) throw ApiException.invalidField("memberId", "speaker-required");
        String speaker;
        if (s.memberId() != null) {
            MeetingRoster.Expected e = roster.on(m.organization, time.dateOf(m.scheduledStart)).find(s.memberId());
            if (e == null) throw ApiException.conflictOnField("not-expected-member", "memberId");
            Attendance a = Attendance.find("meetingId = ?1 and memberId = ?2", m.id, s.memberId()).firstResult();
            if (a == null || !a.status.attended()) throw ApiException.conflictOnField("speaker-not-present", "memberId", e.member().fullName);
            speaker = e.member().fullName;
        } else {
            Guest guest = Guest.find("id = ?1 and meetingId = ?2", s.guestId(), m.id).firstResult();
            if (guest == null) throw ApiException.invalidField("guestId", "unknown-guest");
            speaker = guest.name;
        }
        if (s.agendaItemId() != null && AgendaItem.count("id = ?1 and meetingId = ?2", s.agendaItemId(), m.id) == 0) {
            throw ApiException.invalidField("agendaItemId", "unknown-agenda-item");
        }
        Speech speech = new Speech();
        speech.meetingId = m.id;
        speech.memberId = s.memberId();
        speech.guestId = s.guestId();
        speech.agendaItemId = s.agendaItemId();
        speech.summary = Strings.blankToNull(s.summary());
        speech.createdAt = time.now();
        speech.persist();
        audit.record("Speech", speech.id, m.organization, "ADD", Map.of("meetingId", m.id.toString(), "speaker", speaker));
        return new MeetingApi.SpeechView(speech.id, speech.memberId, speech.guestId, speaker, speech.agendaItemId,
                speech.summary);
    }

    @Transactional
    public void removeSpeech(UUID meetingId, UUID speechId) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        long deleted = Speech.delete("id = ?1 and meetingId = ?2", speechId, m.id);
        if (deleted == 0) throw ApiException.notFound("entity.speech");
        audit.record("Speech", speechId, m.organization, "REMOVE", Map.of("meetingId", m.id.toString()));
    }

    /**
     * Only official members present vote (Charter Art. 3, BR-H7); a tally larger than the eligible
     * voters is refused; the pass rule is the policy's rule for the decision kind (BR-H8), refused while it has none.
     * Members attending online vote only where the policy counts them as present (BR-H9).
     */
    @Transactional
    public MeetingApi.VoteView recordVote(UUID meetingId, MeetingApi.VoteCreate v) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        requireMeetingDayReached(m);
        MeetingRoster.Roster people = roster.on(m.organization, time.dateOf(m.scheduledStart));
        PolicyProfile policy = policies.pinnedOrInForce(m.policyProfileId, m.organization, time.dateOf(m.scheduledStart));
        Set<UUID> present = new HashSet<>(Attendance.<Attendance>list("meetingId", m.id).stream()
                .filter(a -> a.status.countsAsPresent(policy)).map(a -> a.memberId).toList());
        int eligible = (int) people.expected().stream()
                .filter(e -> e.mayVote() && present.contains(e.member().id)).count();
        Vote vote = new Vote();
        vote.meetingId = m.id;
        vote.subject = v.subject().trim();
        vote.method = v.method();
        vote.eligible = eligible;
        vote.createdAt = time.now();
        List<MeetingApi.BallotInput> ballots = v.ballots() == null ? List.of() : v.ballots();
        if (v.method() == Vote.Method.NAMED) {
            Set<UUID> seen = new HashSet<>();
            for (MeetingApi.BallotInput b : ballots) {
                MeetingRoster.Expected e = people.find(b.memberId());
                if (e == null || !present.contains(b.memberId())) {
                    throw ApiException.conflictOnField("voter-not-present", "ballots", e == null ? "?" : e.member().fullName);
                }
                if (!e.mayVote()) throw ApiException.conflictOnField("vote-by-probationary", "ballots", e.member().fullName);
                if (!seen.add(b.memberId())) throw ApiException.invalidField("ballots", "duplicate-ballot");
                switch (b.choice()) {
                    case FOR -> vote.forCount++;
                    case AGAINST -> vote.againstCount++;
                    case ABSTAIN -> vote.abstainCount++;
                }
            }
        } else {
            if (v.forCount() == null || v.againstCount() == null || v.abstainCount() == null) {
                throw ApiException.invalidField("forCount", "tally-required");
            }
            vote.forCount = v.forCount();
            vote.againstCount = v.againstCount();
            vote.abstainCount = v.abstainCount();
        }
        int total = vote.forCount + vote.againstCount + vote.abstainCount;
        if (total > eligible) throw ApiException.conflict("tally-exceeds-eligible", total, eligible);
        if (total == 0) throw ApiException.invalidField("forCount", "tally-required");
        VoteDecisions.Decided decided = VoteDecisions.decide(policy,
                v.decisionKind() == null ? DecisionKind.ORDINARY : v.decisionKind(), vote.forCount, vote.againstCount, eligible);
        vote.decisionKind = decided.kind();
        vote.passed = decided.passed();
        vote.rule = decided.rule().name();
        vote.policyId = policy.id;
        vote.opinionsDiffered = VoteDebate.opinionsDiffered(Boolean.TRUE.equals(v.opinionsDiffered()),
                vote.againstCount, vote.abstainCount);
        vote.furtherDiscussion = v.furtherDiscussion();
        vote.persist();
        for (MeetingApi.BallotInput b : ballots) {
            if (v.method() != Vote.Method.NAMED) break;
            Ballot ballot = new Ballot();
            ballot.voteId = vote.id;
            ballot.memberId = b.memberId();
            ballot.choice = b.choice();
            ballot.persist();
        }
        audit.record("Vote", vote.id, m.organization, "RECORD", Map.of("meetingId", m.id.toString(),
                "for", vote.forCount, "against", vote.againstCount, "abstain", vote.abstainCount, "passed", vote.passed,
                "decisionKind", vote.decisionKind.name(), "rule", vote.rule));
        return MeetingApi.VoteView.of(vote, ballots.stream()
                .filter(b -> v.method() == Vote.Method.NAMED)
                .map(b -> new MeetingApi.BallotView(b.memberId(), people.find(b.memberId()).member().fullName, b.choice()))
                .toList());
    }

    /** Attendance, speeches and votes belong to the meeting day, not to a plan months ahead. */
    private void requireMeetingDayReached(Meeting m) {
        if (time.dateOf(m.scheduledStart).isAfter(time.today())) {
            throw ApiException.conflict("meeting-not-yet", time.dateOf(m.scheduledStart).toString());
        }
    }

}
