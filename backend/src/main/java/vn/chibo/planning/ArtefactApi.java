package vn.chibo.planning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chibo.policy.ArtefactKind;

/** Bodies of the artefact checklist endpoints (BR-P7; schemas in openapi.yaml, tag planning). */
public final class ArtefactApi {
    private ArtefactApi() {}

    public record Record(@NotNull LocalDate adoptedOn, @Size(max = 500) String reference) {}

    public record View(ArtefactKind kind, int year, LocalDate adoptedOn, String reference) {}

    /** One cell's row: what it has, what it still misses, and how serious that is today. */
    public record CellRow(UUID organizationId, String organizationName, List<View> artefacts, List<ArtefactKind> missing,
                          ArtefactChecklistRule.Level level) {}

    /** How many of the subtree's cells have each expected kind. */
    public record KindCount(ArtefactKind kind, long cells) {}

    /** The term (nhiệm kỳ) the year falls in, the kinds expected once in it and their due day (in its first year). */
    public record Term(int startYear, int endYear, List<ArtefactKind> expected, LocalDate due) {}

    /** {@code expected} and {@code due}: the kinds expected each year and their due day; {@code term}: the others. */
    public record Checklist(UUID organizationId, int year, List<ArtefactKind> expected, LocalDate due, long cells,
                            long completeCells, List<KindCount> counts, List<CellRow> items, int page, int size,
                            long total, Term term) {}
}
