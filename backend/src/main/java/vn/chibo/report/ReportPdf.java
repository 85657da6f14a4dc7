package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.records.PdfRenderer;

/** The printable report: submitted ones dated the day they were sent, drafts today. */
@ApplicationScoped
public class ReportPdf {
    private final ReportService reports;
    private final PdfRenderer renderer;
    private final TimeSource time;

    public ReportPdf(ReportService reports, PdfRenderer renderer, TimeSource time) {
        this.reports = reports;
        this.renderer = renderer;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] render(UUID id) {
        PeriodicReport r = reports.requireReadable(id);
        ReportApi.View view = reports.view(r);
        return renderer.render(ReportDocumentAssembler.document(view, r.organization.holdsMeetings,
                r.submittedAt == null ? time.today() : time.dateOf(r.submittedAt)));
    }
}
