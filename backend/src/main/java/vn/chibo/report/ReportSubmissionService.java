package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.TimeSource;
import vn.chibo.security.CurrentActor;

/**
 * The writing side of a report: edit the sections while DRAFT, submit (figures frozen, late flag by BR-S2), and
 * resubmit with a reason as a new revision. Every step checks the version the caller saw and is audited.
 */
@ApplicationScoped
public class ReportSubmissionService {
    private final ReportService reports;
    private final ReportFiguresSource figures;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public ReportSubmissionService(ReportService reports, ReportFiguresSource figures, CurrentActor actor,
                                   AuditService audit, TimeSource time) {
        this.reports = reports;
        this.figures = figures;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public ReportApi.View update(UUID id, ReportApi.Update body) {
        PeriodicReport r = reports.requireWritable(id);
        expect(r, body.version(), ReportStatus.DRAFT);
        r.narrative = apply(new Narrative(), body.sections());
        touch(r);
        audit.record("PeriodicReport", r.id, r.organization, "UPDATE", sections(body.sections()));
        return flushed(r);
    }

    @Transactional
    public ReportApi.View submit(UUID id, Long version) {
        PeriodicReport r = reports.requireWritable(id);
        expect(r, version, ReportStatus.DRAFT);
        r.dueDate = reports.dueDate(r.organization, reports.periodOf(r));
        Instant now = time.now();
        r.late = ReportDueDates.late(time.dateOf(now), r.dueDate);
        r.status = ReportStatus.SUBMITTED;
        r.submittedAt = now;
        r.submittedBy = actor.username();
        freeze(r, null);
        audit.record("PeriodicReport", r.id, r.organization, "SUBMIT", Map.of("revision", r.revision,
                "dueDate", r.dueDate.toString(), "late", r.late));
        return flushed(r);
    }

    @Transactional
    public ReportApi.View resubmit(UUID id, ReportApi.Resubmission body) {
        PeriodicReport r = reports.requireWritable(id);
        expect(r, body.version(), ReportStatus.SUBMITTED);
        if (body.sections() != null) r.narrative = apply(copy(r.narrative), body.sections());
        r.submittedAt = time.now();
        r.submittedBy = actor.username();
        freeze(r, body.reason().trim());
        Map<String, Object> changes = new HashMap<>(body.sections() == null ? Map.of() : sections(body.sections()));
        changes.put("revision", r.revision);
        changes.put("reason", body.reason().trim());
        audit.record("PeriodicReport", r.id, r.organization, "RESUBMIT", changes);
        return flushed(r);
    }

    /** Takes today's figures as the dated snapshot of a new revision; earlier revisions stay as they were sent. */
    private void freeze(PeriodicReport r, String reason) {
        r.figures = figures.write(figures.compute(r.organization, reports.periodOf(r)));
        r.revision++;
        touch(r);
        ReportRevision v = new ReportRevision();
        v.reportId = r.id;
        v.revision = r.revision;
        v.reason = reason;
        v.dueDate = r.dueDate;
        v.late = ReportDueDates.late(time.dateOf(r.submittedAt), r.dueDate);
        v.narrative = copy(r.narrative);
        v.figures = r.figures;
        v.submittedAt = r.submittedAt;
        v.submittedBy = r.submittedBy;
        v.persist();
    }

    private static void expect(PeriodicReport r, Long version, ReportStatus wanted) {
        if (version == null || r.version != version) throw ApiException.versionConflict(r.version);
        if (r.status == wanted) return;
        throw ApiException.conflict(wanted == ReportStatus.DRAFT ? "report-submitted" : "report-not-submitted");
    }

    private void touch(PeriodicReport r) {
        r.updatedAt = time.now();
        r.updatedBy = actor.username();
    }

    private ReportApi.View flushed(PeriodicReport r) {
        reports.flush(); // the answer carries the new version
        return reports.view(r);
    }

    private static Narrative copy(Narrative n) {
        return n == null ? new Narrative() : n.copy();
    }

    /** On a resubmission a section left out (null) keeps its text; on an edit the body is the whole narrative. */
    private static Narrative apply(Narrative n, ReportApi.Sections s) {
        if (s.documentNumber() != null) n.documentNumber = blankToNull(s.documentNumber());
        if (s.place() != null) n.place = blankToNull(s.place());
        if (s.results() != null) n.results = blankToNull(s.results());
        if (s.shortcomings() != null) n.shortcomings = blankToNull(s.shortcomings());
        if (s.causes() != null) n.causes = blankToNull(s.causes());
        if (s.lessons() != null) n.lessons = blankToNull(s.lessons());
        if (s.directions() != null) n.directions = blankToNull(s.directions());
        return n;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static Map<String, Object> sections(ReportApi.Sections s) {
        Map<String, Object> out = new HashMap<>();
        out.put("documentNumber", s.documentNumber());
        out.put("place", s.place());
        out.put("results", s.results());
        out.put("shortcomings", s.shortcomings());
        out.put("causes", s.causes());
        out.put("lessons", s.lessons());
        out.put("directions", s.directions());
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }
}
