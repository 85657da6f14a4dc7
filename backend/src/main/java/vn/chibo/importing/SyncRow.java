package vn.chibo.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;

/**
 * One item of a sync call, from its check to its outcome: the problems found (message keys, put into the caller's
 * language only in the answer), or what it will write, or that it matches the record already.
 */
final class SyncRow {
    /** A write of one row through the services the API uses; runs in the caller's transaction, returns the id. */
    @FunctionalInterface
    interface Write {
        UUID apply();
    }

    final int index;
    final String externalId;
    /** The item's fields as an import row has them, for the import's checks. */
    final RowValues values;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<ApiException.FieldError> errors = new ArrayList<>();
    SyncApi.Outcome outcome;
    UUID id;
    private Write write;

    SyncRow(int index, String externalId, Map<String, String> fields) {
        this.index = index;
        this.externalId = externalId;
        this.values = new RowValues(fields, problems);
    }

    /** The problems the checks found, then any refusal of the write. */
    List<ApiException.FieldError> errors() {
        problems.forEach(p -> errors.add(new ApiException.FieldError(p.field(), p.key(), p.args().toArray())));
        problems.clear();
        return errors;
    }

    boolean hasErrors() {
        return !errors().isEmpty();
    }

    /**
     * BR-D4: the identifier is required, in the form the national systems issue, and once per call ({@code seen}
     * holds the identifiers of the earlier items, by index).
     */
    void checkIdentifier(Map<String, Integer> seen) {
        String field = "externalId";
        if (externalId == null || externalId.isBlank()) {
            values.problem(field, "row.required");
            return;
        }
        if (!externalId.matches(ExternalIds.PATTERN)) values.problem(field, "sync.bad-external-id", externalId);
        Integer earlier = seen.putIfAbsent(externalId, index);
        if (earlier != null) values.problem(field, "sync.duplicate-in-request", externalId, earlier);
    }

    /**
     * The record holding the identifier, if the caller may see it; one outside the subtree is a row error that
     * does not say whose the identifier is (BR-D4, and the holder is none of the caller's business).
     */
    <T> T ownOrRefused(T holder, boolean inSubtree) {
        if (holder == null || inSubtree) return holder;
        values.problem("externalId", "sync.taken-elsewhere", externalId);
        return null;
    }

    void unchanged(UUID recordId) {
        outcome = SyncApi.Outcome.UNCHANGED;
        id = recordId;
    }

    void plan(SyncApi.Outcome planned, UUID recordId, Write write) {
        outcome = planned;
        id = recordId;
        this.write = write;
    }

    boolean writes() {
        return write != null && !hasErrors();
    }

    void apply() {
        id = write.apply();
    }

    /** A refusal by the service that wrote the row becomes the row's error, on its field when it names one. */
    void failed(ApiException refusal) {
        if (refusal.fieldErrors().isEmpty()) {
            errors.add(new ApiException.FieldError("item", refusal.messageKey() + ".detail", refusal.args()));
        } else {
            errors.addAll(refusal.fieldErrors());
        }
    }

    SyncApi.Outcome finalOutcome() {
        return hasErrors() ? SyncApi.Outcome.ERROR : outcome;
    }

    /** The value an item sends when the record has another one; null (leave it) otherwise. */
    static <T> T differs(T sent, T current) {
        return sent != null && !java.util.Objects.equals(sent, current) ? sent : null;
    }
}
