package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Versions;
import vn.chibo.common.TimeSource;
import vn.chibo.security.CurrentActor;

/**
 * The writing side of a report: edit the sections while DRAFT, submit (figures frozen, late flag by BR-S2, the
 * signature block taken by {@link ReportSigner}), and resubmit with a reason as a new revision. Every step checks the version the caller
 * saw and is audited. The steps themselves are public without the caller's checks for the demo, which sends its
 * past year's reports through them as their committees did: one way of building a report.
 */
@ApplicationScoped
public class ReportSubmissionService {
    private final ReportService reports;
    private final ReportFiguresSource figures;
    private final ReportSignatures signatures;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public ReportSubmissionService(ReportService reports, ReportFiguresSource figures, ReportSignatures signatures,
                                   CurrentActor actor, AuditService audit, TimeSource time) {
        this.reports = reports;
        this.figures = figures;
        this.signatures = signatures;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public ReportApi.View update(UUID id, ReportApi.Update body) {
        PeriodicReport r = reports.requireWritable(id);
        expect(r, body.version(), ReportStatus.DRAFT);
        write(r, body.sections(), caller());
        return flushed(r);
    }

    @Transactional
    public ReportApi.View submit(UUID id, Long version) {
        PeriodicReport r = reports.requireWritable(id);
        expect(r, version, ReportStatus.DRAFT);
        submit(r, caller());
        return flushed(r);
    }

    @Transactional
    public ReportApi.View resubmit(UUID id, ReportApi.Resubmission body) {
        PeriodicReport r = reports.requireWritable(id);
        expect(r, body.version(), ReportStatus.SUBMITTED);
        resubmit(r, body.reason(), body.sections(), caller());
        return flushed(r);
    }

    /** Replaces the whole narrative of a DRAFT, without the caller's checks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(PeriodicReport r, ReportApi.Sections sections, ReportSender by) {
        r.narrative = apply(new Narrative(), sections);
        touch(r, by);
        audit.record(by.at(), by.username(), "PeriodicReport", r.id, r.organization, "UPDATE", sections(sections));
    }

    /** Sends a DRAFT upward on the sender's day, without the caller's checks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submit(PeriodicReport r, ReportSender by) {
        r.dueDate = reports.dueDate(r.organization, reports.periodOf(r));
        r.late = ReportDueDates.late(time.dateOf(by.at()), r.dueDate);
        r.status = ReportStatus.SUBMITTED;
        freeze(r, null, by);
        audit.record(by.at(), by.username(), "PeriodicReport", r.id, r.organization, "SUBMIT", Map.of(
                "revision", r.revision, "dueDate", r.dueDate.toString(), "late", r.late));
    }

    /** Sends a SUBMITTED report again as a new revision, without the caller's checks; a section left out keeps its text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resubmit(PeriodicReport r, String reason, ReportApi.Sections sections, ReportSender by) {
        if (sections != null) r.narrative = apply(copy(r.narrative), sections);
        freeze(r, reason.trim(), by);
        Map<String, Object> changes = new HashMap<>(sections == null ? Map.of() : sections(sections));
        changes.put("revision", r.revision);
        changes.put("reason", reason.trim());
        audit.record(by.at(), by.username(), "PeriodicReport", r.id, r.organization, "RESUBMIT", changes);
    }

    /**
     * Takes the figures of the sending day as the dated snapshot of a new revision, with its signature block;
     * earlier revisions stay as they were sent.
     */
    private void freeze(PeriodicReport r, String reason, ReportSender by) {
        LocalDate day = time.dateOf(by.at());
        r.submittedAt = by.at();
        r.submittedBy = by.username();
        r.figures = figures.write(figures.compute(r.organization, reports.periodOf(r), day));
        r.signature = signatures.of(r.organization, day, by.username(), by.name());
        r.revision++;
        touch(r, by);
        ReportRevision v = new ReportRevision();
        v.reportId = r.id;
        v.revision = r.revision;
        v.reason = reason;
        v.dueDate = r.dueDate;
        v.late = ReportDueDates.late(day, r.dueDate);
        v.narrative = copy(r.narrative);
        v.figures = r.figures;
        v.submittedAt = r.submittedAt;
        v.submittedBy = r.submittedBy;
        v.signature = new ReportSignature(r.signature.role, r.signature.name);
        v.persist();
    }

    private ReportSender caller() {
        return new ReportSender(actor.username(), actor.displayName(), time.now());
    }

    private static void expect(PeriodicReport r, Long version, ReportStatus wanted) {
        Versions.require(version, r.version);
        if (r.status == wanted) return;
        throw ApiException.conflict(wanted == ReportStatus.DRAFT ? "report-submitted" : "report-not-submitted");
    }

    private static void touch(PeriodicReport r, ReportSender by) {
        r.updatedAt = by.at();
        r.updatedBy = by.username();
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
