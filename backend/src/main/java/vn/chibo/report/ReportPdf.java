package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.records.PdfRenderer;
import vn.chibo.security.CurrentActor;

/**
 * The printable report: submitted ones dated the day they were sent and signed as they were sent; drafts dated
 * today with the signature a submission by the caller would take now.
 */
@ApplicationScoped
public class ReportPdf {
    private final ReportService reports;
    private final ReportSignatures signatures;
    private final PdfRenderer renderer;
    private final CurrentActor actor;
    private final TimeSource time;

    public ReportPdf(ReportService reports, ReportSignatures signatures, PdfRenderer renderer, CurrentActor actor,
                     TimeSource time) {
        this.reports = reports;
        this.signatures = signatures;
        this.renderer = renderer;
        this.actor = actor;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] render(UUID id) {
        PeriodicReport r = reports.requireReadable(id);
        ReportApi.View view = reports.view(r);
        LocalDate day = r.submittedAt == null ? time.today() : time.dateOf(r.submittedAt);
        ReportSignature signature = r.submittedAt != null
                ? signatures.sent(r.organization, r.signature, r.submittedBy, r.submittedAt)
                // a draft: the block a submission by the caller would take today
                : signatures.of(r.organization, day, actor.username(), actor.displayName());
        return renderer.render(ReportDocumentAssembler.document(view, signature, day));
    }
}
