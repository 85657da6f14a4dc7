package vn.chibo.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.chibo.member.Position;

/** Bodies of the periodic report endpoints (schemas in openapi.yaml). */
public final class ReportApi {
    private ReportApi() {}

    public record Create(@NotNull ReportKind kind, @NotNull @Size(max = 10) String period) {}

    /** The written sections; on a resubmission a section left out keeps its text. */
    public record Sections(@Size(max = 60) String documentNumber, @Size(max = 200) String place,
                           @Size(max = 20000) String results, @Size(max = 20000) String shortcomings,
                           @Size(max = 20000) String causes, @Size(max = 20000) String lessons,
                           @Size(max = 20000) String directions) {
        /** Hibernate loads an embedded value whose columns are all empty as null. */
        static Sections of(Narrative n) {
            if (n == null) return new Sections(null, null, null, null, null, null, null);
            return new Sections(n.documentNumber, n.place, n.results, n.shortcomings, n.causes, n.lessons, n.directions);
        }
    }

    public record Update(@NotNull @PositiveOrZero Long version, @NotNull Sections sections) {}

    public record Resubmission(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 2000) String reason,
                               Sections sections) {}

    /** A report; figures are those of today while DRAFT, the frozen snapshot once SUBMITTED. */
    public record View(UUID id, UUID organizationId, String organizationName, UUID recipientId, String recipientName,
                       ReportKind kind, String period, LocalDate from, LocalDate to, LocalDate dueDate,
                       ReportStatus status, boolean late, int revision, Sections sections, ReportFigures figures,
                       OffsetDateTime submittedAt, String submittedBy, Signature signature, OffsetDateTime updatedAt,
                       String updatedBy, long version) {}

    /**
     * Who signed a sent report, from its printed block: the post (null when signed under the body's line alone) and
     * the signer's full name. Null while DRAFT: a draft is not signed yet.
     */
    public record Signature(Position role, String name) {
        static Signature of(ReportSignature block) {
            return block == null ? null : new Signature(ReportSigner.postOf(block), block.name);
        }
    }

    /** A row of the organisation's report list. */
    public record Row(UUID id, ReportKind kind, String period, LocalDate dueDate, ReportStatus status, boolean late,
                      int revision, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {}

    public record RowPage(List<Row> items, int page, int size, long total) {}

    public record RevisionView(int revision, String reason, LocalDate dueDate, boolean late, Sections sections,
                               ReportFigures figures, OffsetDateTime submittedAt, String submittedBy,
                               Signature signature) {}

    /** Where a subordinate organisation stands for the period: on time, late, missing after due, or not yet due. */
    public enum SubmissionStatus { SUBMITTED, LATE, MISSING, NOT_DUE }

    public record SubmissionRow(UUID organizationId, String organizationName, SubmissionStatus status,
                                LocalDate dueDate, UUID reportId, ReportStatus reportStatus, int revision,
                                OffsetDateTime submittedAt) {}

    public record SubmissionCounts(int submitted, int late, int missing, int notDue) {}

    public record SubmissionPage(ReportKind kind, String period, SubmissionCounts counts, List<SubmissionRow> items,
                                 int page, int size, long total) {}
}
