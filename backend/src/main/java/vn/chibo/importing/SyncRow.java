package vn.chibo.importing;

import java.util.ArrayList;
import java.util.List;
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
    final List<ApiException.FieldError> errors = new ArrayList<>();
    SyncApi.Outcome outcome;
    UUID id;
    private Write write;

    SyncRow(int index, String externalId) {
        this.index = index;
        this.externalId = externalId;
    }

    void problems(List<RowProblem> problems) {
        problems.forEach(p -> errors.add(new ApiException.FieldError(p.field(), p.key(), p.args().toArray())));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
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
        return write != null && errors.isEmpty();
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
        return errors.isEmpty() ? outcome : SyncApi.Outcome.ERROR;
    }

    /** The identifier itself: required and in the form the national systems issue (BR-D4). */
    static void checkExternalId(RowValues values, String externalId) {
        String field = "externalId";
        if (externalId == null || externalId.isBlank()) {
            values.problem(field, "row.required");
        } else if (!externalId.matches(ExternalIds.PATTERN)) {
            values.problem(field, "sync.bad-external-id", externalId);
        }
    }

    /** The value an item sends when the record has another one; null (leave it) otherwise. */
    static <T> T differs(T sent, T current) {
        return sent != null && !java.util.Objects.equals(sent, current) ? sent : null;
    }
}
