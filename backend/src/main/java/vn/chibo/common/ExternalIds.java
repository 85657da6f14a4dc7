package vn.chibo.common;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * BR-D4 (DOMAIN.md 15.1): the identifiers a member or an organisation carries in the national systems its master
 * data is synchronised from. Both are optional; one identifier names one record per system (unique keys in V27).
 * The entities name their fields {@code csdlId} and {@code sotayId}, so one query text serves both.
 */
public record ExternalIds(String csdlId, String sotayId) {
    /** What the national systems issue: letters, digits, dots, dashes, underscores. */
    public static final String PATTERN = "^[0-9A-Za-z._-]{1,40}$";
    /** The same, or an empty string: what an edit sends to remove an identifier. */
    public static final String PATTERN_OR_EMPTY = "^([0-9A-Za-z._-]{1,40})?$";

    public enum ExternalSystem {
        /** Cơ sở dữ liệu đảng viên 3.0. */
        CSDL("csdlId", "CSDL đảng viên 3.0"),
        /** The Sổ tay đảng viên điện tử app (QĐ 339-QĐ/TW). */
        SOTAY("sotayId", "Sổ tay đảng viên");

        /** The field in the API and the property of the entities. */
        public final String field;
        /** The system's own name, the same in every language. */
        public final String label;

        ExternalSystem(String field, String label) {
            this.field = field;
            this.label = label;
        }

        public String of(ExternalIds ids) {
            return this == CSDL ? ids.csdlId() : ids.sotayId();
        }

        /** 409 on the field, naming the system, the identifier and who holds it. */
        public ApiException taken(String value, String holder) {
            return ApiException.conflictOnField("duplicate-external-id", field, label, value, holder);
        }
    }

    public static final ExternalIds NONE = new ExternalIds(null, null);

    public static ExternalIds of(String csdlId, String sotayId) {
        return new ExternalIds(Strings.blankToNull(csdlId), Strings.blankToNull(sotayId));
    }

    /** An edit of these: a field sent replaces the identifier (an empty string removes it), one left out keeps it. */
    public ExternalIds patchedBy(String csdlSent, String sotaySent) {
        return new ExternalIds(csdlSent != null ? Strings.blankToNull(csdlSent) : csdlId,
                sotaySent != null ? Strings.blankToNull(sotaySent) : sotayId);
    }

    public boolean isEmpty() {
        return csdlId == null && sotayId == null;
    }

    /**
     * Refuses an identifier already held by another record: {@code holderOf} finds the record holding a value in a
     * system, {@code nameOf} names it for the message. Passing the record being edited as {@code self} lets it keep
     * its own.
     */
    public <T> void requireFree(T self, java.util.function.BiFunction<ExternalSystem, String, Optional<T>> holderOf,
                                Function<T, String> nameOf) {
        for (ExternalSystem system : ExternalSystem.values()) {
            String value = system.of(this);
            if (value == null) continue;
            Optional<T> holder = holderOf.apply(system, value);
            if (holder.isPresent() && holder.get() != self) throw system.taken(value, nameOf.apply(holder.get()));
        }
    }

    /** Filter conditions for a list query: records carrying the identifiers given ({@code alias.csdlId = ...}). */
    public void addConditions(String alias, List<String> where, Parameters params) {
        for (ExternalSystem system : ExternalSystem.values()) {
            String value = system.of(this);
            if (value == null) continue;
            where.add(alias + "." + system.field + " = :" + system.field);
            params.and(system.field, value);
        }
    }
}
