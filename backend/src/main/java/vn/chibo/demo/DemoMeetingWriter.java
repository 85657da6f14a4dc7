package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditEntry;
import vn.chibo.meeting.AgendaItem;
import vn.chibo.meeting.AgendaTemplateItem;
import vn.chibo.meeting.Attendance;
import vn.chibo.meeting.DocumentKind;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingChange;
import vn.chibo.meeting.MeetingDocument;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.meeting.Speech;
import vn.chibo.meeting.Vote;
import vn.chibo.meeting.VoteDebate;
import vn.chibo.member.CellLeadership;
import vn.chibo.member.Member;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;
import vn.chibo.policy.DecisionKind;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.VoteDecisions;
import vn.chibo.records.Minutes;
import vn.chibo.records.RecordNumber;
import vn.chibo.records.RecordNumbers;
import vn.chibo.records.RecordSigners;
import vn.chibo.resolution.AssigneeKind;
import vn.chibo.resolution.Resolution;
import vn.chibo.resolution.ResolutionKind;
import vn.chibo.resolution.ResolutionSection;
import vn.chibo.resolution.Task;
import vn.chibo.storage.DocumentStore;

/**
 * Writes one planned meeting as the rows the product would have written along the way (schedule,
 * notice, documents, attendance, speeches, vote, minutes, resolution, tasks), with the history's own
 * timestamps and an audit entry for each step. Rows are written directly: the services stamp "now",
 * which a year of history cannot use. DemoHistoryTest proves the derived figures match the services.
 */
@ApplicationScoped
class DemoMeetingWriter {
    /** A small but real PDF, so a demo document can be downloaded and opened. */
    private static final byte[] DOCUMENT = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final DocumentStore store;
    private final Map<MeetingType, List<AgendaTemplateItem>> agendas = new EnumMap<>(MeetingType.class);
    private String documentSha;

    DemoMeetingWriter(DocumentStore store) {
        this.store = store;
    }

    /** The people and places a meeting is written against. */
    record Context(Organization cell, Map<UUID, Member> members, Member secretary, Member deputy,
                   String secretaryLogin, PolicyProfile policy, java.util.Collection<PolicyProfile> policies,
                   Map<String, Meeting> written, DemoRows rows, java.time.LocalDate today,
                   List<PositionHeld> positions, RecordNumbers.Batch numbers, List<Approval> approvals) {}

    /** An approval written, waiting for its numbers (see {@link #number}). */
    record Approval(Meeting meeting, Resolution resolution, Instant at) {}

    Meeting write(PlannedMeeting p, Context c) {
        DemoRows rows = c.rows();
        Member secretary = c.secretary();
        Meeting m = new Meeting();
        m.organization = c.cell();
        m.type = p.type();
        m.mode = p.mode();
        m.title = p.title();
        m.scheduledStart = p.start();
        m.plannedDurationMinutes = p.type() == MeetingType.COMMITTEE ? 60 : p.plannedMinutes();
        m.place = p.mode() == vn.chibo.meeting.MeetingMode.ONLINE ? null
                : c.cell().name.startsWith("Chi bộ bản") ? "Nhà văn hóa bản" : "Hội trường cơ quan";
        m.onlineLink = p.mode() == vn.chibo.meeting.MeetingMode.ONLINE ? "https://hop.laichau.gov.vn/chibo-stp" : null;
        m.chair = secretary;
        m.minuteTaker = c.deputy();
        m.prepares = p.preparesKey() == null ? null : c.written().get(p.preparesKey());
        m.status = p.status();
        Instant scheduledAt = p.start().minus(Duration.ofDays(p.type() == MeetingType.COMMITTEE ? 5 : 12));
        int variant = p.closingVariant();
        preparer(m, c, variant, scheduledAt);
        if (p.notified()) m.notifiedAt = p.start().minus(Duration.ofDays(3));
        if (p.held()) {
            m.actualStart = p.start();
            m.actualEnd = p.start().plus(Duration.ofMinutes(p.heldMinutes()));
            // BR-D2: held, as MeetingPolicies pins it, under the profile in force on its day
            m.policyProfileId = vn.chibo.policy.PolicyChain.pick(c.policies(), c.cell(),
                    p.start().atZone(DemoHistory.ZONE).toLocalDate()).id;
        }
        rows.add(m);
        c.written().put(p.key(), m);
        String actor = c.secretaryLogin();
        change(rows, m, MeetingChange.Kind.SCHEDULED, scheduledAt, actor);
        audit(rows, scheduledAt, actor, "Meeting", m.id, c.cell(), "CREATE", "{\"type\":\"" + m.type + "\"}");
        if (m.notifiedAt != null) {
            change(rows, m, MeetingChange.Kind.NOTIFIED, m.notifiedAt, actor);
            audit(rows, m.notifiedAt, actor, "Meeting", m.id, c.cell(), "NOTIFY", null);
        }
        if (p.type() != MeetingType.COMMITTEE) agenda(rows, m);
        if (p.documentsLeadHours() != null) documents(rows, m, p, actor);
        if (!p.held()) return m;

        for (PlannedMeeting.Presence a : p.attendance()) {
            Attendance row = new Attendance();
            row.meetingId = m.id;
            row.memberId = a.memberId();
            row.status = a.status();
            row.reasonCategory = a.reason();
            row.reasonText = a.reason() == null ? null : "Báo cáo chi ủy trước buổi họp";
            row.recordedAt = m.actualStart.plus(Duration.ofMinutes(5));
            row.recordedBy = actor;
            rows.add(row);
        }
        for (UUID speaker : p.speakers()) {
            Speech s = new Speech();
            s.meetingId = m.id;
            s.memberId = speaker;
            s.summary = "Thống nhất với dự thảo, đề xuất bổ sung giải pháp thực hiện";
            s.createdAt = m.actualStart.plus(Duration.ofMinutes(40));
            rows.add(s);
        }
        Instant end = m.actualEnd;
        change(rows, m, MeetingChange.Kind.HELD, end, actor);
        audit(rows, end, actor, "Meeting", m.id, c.cell(), "TIMES", "{\"durationMinutes\":" + p.heldMinutes() + "}");
        Resolution resolution = p.type() != MeetingType.COMMITTEE && p.type() != MeetingType.FORUM
                ? resolution(m, p, c, actor) : null;
        minutes(m, p, c, resolution, actor);
        if (p.type() != MeetingType.COMMITTEE) publication(rows, m, c, variant, actor);
        return m;
    }

    /**
     * BR-M2: mostly the deputy prepares, assigned by the secretary when the meeting is scheduled (allowed under both
     * the HD 12 and the HD 42 profile); some the secretary; one in ten the deputy with no assignment recorded, which
     * the HD 42 profile flags.
     */
    private static void preparer(Meeting m, Context c, int variant, Instant scheduledAt) {
        m.preparer = c.secretary();
        if (c.deputy() == null || variant >= 6) return;
        m.preparer = c.deputy();
        if (variant == 0) return;
        m.preparerAssignedBy = c.secretary();
        m.preparerAssignedAt = scheduledAt;
    }

    /**
     * BR-R5: the final documents and resolution published and sent above the day after the meeting, as most cells do;
     * one in ten three days after (late under the usual 2 days), one in ten not at all. Nothing after the demo's day.
     */
    private void publication(DemoRows rows, Meeting m, Context c, int variant, String actor) {
        if (variant == 9) return;
        Instant at = m.actualEnd.plus(Duration.ofDays(variant == 8 ? 3 : 1));
        if (!at.isBefore(c.today().atStartOfDay(DemoHistory.ZONE).toInstant())) return;
        m.recordsPublishedAt = at;
        m.recordsPublishedBy = actor;
        audit(rows, at, actor, "Meeting", m.id, m.organization, "PUBLISH_RECORDS", null);
    }

    private Resolution resolution(Meeting m, PlannedMeeting p, Context c, String actor) {
        DemoRows rows = c.rows();
        long present = p.attendance().stream().filter(a -> a.status().countsAsPresent(c.policy())).count();
        long eligible = p.attendance().stream().filter(a -> a.status().countsAsPresent(c.policy()))
                .map(a -> c.members().get(a.memberId()))
                .filter(member -> member.officialDate != null && !member.officialDate.isAfter(local(m.actualStart).toLocalDate()))
                .count();
        Vote vote = new Vote();
        vote.meetingId = m.id;
        vote.subject = p.type() == MeetingType.TOPICAL ? "Thông qua kết luận chuyên đề" : "Thông qua nghị quyết tháng";
        vote.method = Vote.Method.COUNT;
        vote.eligible = (int) eligible;
        vote.forCount = (int) eligible - (present > 10 ? 1 : 0);
        vote.abstainCount = vote.eligible - vote.forCount;
        VoteDecisions.Decided decided = VoteDecisions.decide(c.policy(), DecisionKind.ORDINARY, vote.forCount,
                vote.againstCount, vote.eligible);
        vote.decisionKind = decided.kind();
        vote.rule = decided.rule().name();
        vote.passed = decided.passed();
        vote.policyId = c.policy().id;
        // BR-H10: an abstention shows differing opinions; the demo chair allowed further discussion first
        vote.opinionsDiffered = VoteDebate.opinionsDiffered(false, vote.againstCount, vote.abstainCount);
        vote.furtherDiscussion = vote.opinionsDiffered ? Boolean.TRUE : null;
        vote.createdAt = m.actualEnd.minus(Duration.ofMinutes(10));
        rows.add(vote);

        Resolution r = new Resolution();
        r.meetingId = m.id;
        r.kind = p.type() == MeetingType.TOPICAL ? ResolutionKind.CONCLUSION : ResolutionKind.RESOLUTION;
        var local = local(m.actualStart);
        r.title = (r.kind == ResolutionKind.RESOLUTION ? "Nghị quyết sinh hoạt chi bộ tháng " : "Kết luận chuyên đề tháng ")
                + local.getMonthValue() + "/" + local.getYear();
        rows.add(r);
        section(rows, m, 0, "Đánh giá kết quả thực hiện nhiệm vụ tháng qua",
                "Chi bộ lãnh đạo thực hiện cơ bản hoàn thành các nhiệm vụ đề ra; còn một số việc chậm, cần khắc phục.", false);
        // BR-R4: the clause on next month's work, carried out by the meeting's tasks
        ResolutionSection nextMonth = section(rows, m, 1, "Nhiệm vụ, giải pháp tháng tới",
                "Tiếp tục tuyên truyền, vận động nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
                r.kind == ResolutionKind.RESOLUTION);
        audit(rows, vote.createdAt, actor, "Resolution", m.id, c.cell(), "UPDATE", "{\"kind\":\"" + r.kind + "\"}");
        for (PlannedMeeting.PlannedTask t : p.tasks()) {
            Task task = new Task();
            task.meetingId = m.id;
            task.organizationId = c.cell().id;
            task.sectionId = nextMonth.id;
            task.title = t.title();
            task.assigneeKind = AssigneeKind.MEMBER;
            task.assigneeMemberId = t.assigneeId();
            task.assigneeName = t.assigneeName();
            task.dueDate = t.due();
            task.status = t.status();
            task.result = t.status().isCompleted() ? "Đã hoàn thành, báo cáo tại buổi sinh hoạt tháng sau" : null;
            task.createdAt = vote.createdAt;
            rows.add(task);
        }
        return r;
    }

    private void minutes(Meeting m, PlannedMeeting p, Context c, Resolution resolution, String actor) {
        DemoRows rows = c.rows();
        Minutes minutes = new Minutes();
        minutes.meetingId = m.id;
        minutes.freeText = "Đồng chí bí thư chủ trì; chi bộ thảo luận dân chủ, nhiều ý kiến đóng góp xác đáng.";
        minutes.conclusions = "Chi bộ thống nhất thông qua nội dung, phân công nhiệm vụ cho đảng viên.";
        if (p.status() == MeetingStatus.APPROVED) {
            minutes.approvedAt = m.actualEnd;
            minutes.approvedBy = actor;
            sign(c, minutes, m);
            c.approvals().add(new Approval(m, resolution, minutes.approvedAt));
            change(rows, m, MeetingChange.Kind.MINUTES_APPROVED, m.actualEnd, actor);
            audit(rows, m.actualEnd, actor, "Minutes", m.id, m.organization, "APPROVE", null);
        }
        rows.add(minutes);
    }

    /** As MinutesApproval would: the chair signs on behalf of the cell in the post held that day. */
    private static void sign(Context c, Minutes minutes, Meeting m) {
        minutes.chairRole = RecordSigners.chairRole(m.type == MeetingType.COMMITTEE,
                CellLeadership.signingPost(c.positions(), m.chair.id, local(m.scheduledStart).toLocalDate()));
        minutes.chairName = m.chair.fullName;
        minutes.chairMemberId = m.chair.id;
        if (m.minuteTaker != null) {
            minutes.minuteTakerName = m.minuteTaker.fullName;
            minutes.minuteTakerMemberId = m.minuteTaker.id;
        }
    }

    /**
     * Numbers the cell's approvals once all its meetings are written (a preparing committee meeting is written after
     * the meeting it prepares): in the order they were approved, each takes the next number of the cell's series of
     * its year for its minutes and its resolution, as MinutesApproval would, so the first approval in the application
     * continues the series.
     */
    void number(Context c) {
        c.approvals().sort(java.util.Comparator.comparing(Approval::at));
        for (Approval a : c.approvals()) {
            int year = local(a.meeting().scheduledStart).getYear();
            c.rows().add(c.numbers().next(a.meeting(), RecordNumbers.MINUTES, year));
            if (a.resolution() != null) {
                RecordNumber number = c.numbers().next(a.meeting(), RecordNumbers.seriesOf(a.resolution().kind), year);
                c.rows().add(number);
                a.resolution().number = number.printed();
            }
        }
        c.approvals().clear();
    }

    private void agenda(DemoRows rows, Meeting m) {
        List<AgendaTemplateItem> template = agendas.computeIfAbsent(m.type,
                type -> AgendaTemplateItem.list("meetingType = ?1 order by position", type));
        for (AgendaTemplateItem t : template) {
            AgendaItem item = new AgendaItem();
            item.meetingId = m.id;
            item.position = t.position;
            item.part = t.part;
            item.kind = t.kind;
            item.title = t.title;
            item.plannedMinutes = t.plannedMinutes;
            rows.add(item);
        }
    }

    private void documents(DemoRows rows, Meeting m, PlannedMeeting p, String actor) {
        Instant publishedAt = p.start().minus(Duration.ofHours(p.documentsLeadHours()));
        document(rows, m, DocumentKind.DRAFT_RESOLUTION, p.type() == MeetingType.TOPICAL ? "du-thao-ket-luan.pdf"
                : "du-thao-nghi-quyet.pdf", publishedAt, actor);
        if (p.type() == MeetingType.TOPICAL) document(rows, m, DocumentKind.TOPIC_REPORT, "bao-cao-chuyen-de.pdf", publishedAt, actor);
    }

    private void document(DemoRows rows, Meeting m, DocumentKind kind, String fileName, Instant at, String actor) {
        MeetingDocument d = new MeetingDocument();
        d.meetingId = m.id;
        d.kind = kind;
        d.fileName = fileName;
        d.contentType = "application/pdf";
        d.sizeBytes = DOCUMENT.length;
        d.sha256 = storedDocument();
        d.publishedAt = at;
        d.publishedBy = actor;
        rows.add(d);
        audit(rows, at, actor, "MeetingDocument", d.id, m.organization, "PUBLISH", "{\"fileName\":\"" + fileName + "\"}");
    }

    /** Stores the demo PDF once in the document store, as uploads are. */
    private String storedDocument() {
        if (documentSha == null) documentSha = store.store(DOCUMENT);
        return documentSha;
    }

    private ResolutionSection section(DemoRows rows, Meeting m, int position, String heading, String body,
                                      boolean nextMonth) {
        ResolutionSection s = new ResolutionSection();
        s.meetingId = m.id;
        s.position = position;
        s.heading = heading;
        s.body = body;
        s.nextMonth = nextMonth;
        rows.add(s);
        return s;
    }

    private void change(DemoRows rows, Meeting m, MeetingChange.Kind kind, Instant at, String actor) {
        MeetingChange change = new MeetingChange();
        change.meetingId = m.id;
        change.at = at;
        change.actor = actor;
        change.kind = kind;
        rows.add(change);
    }

    void audit(DemoRows rows, Instant at, String actor, String entityType, UUID entityId, Organization org, String action, String changes) {
        AuditEntry entry = new AuditEntry();
        entry.at = at;
        entry.actor = actor;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.organizationId = org.id;
        entry.orgPath = org.path;
        entry.action = action;
        entry.changes = changes;
        rows.add(entry);
    }

    private static java.time.ZonedDateTime local(Instant at) {
        return at.atZone(DemoHistory.ZONE);
    }
}
