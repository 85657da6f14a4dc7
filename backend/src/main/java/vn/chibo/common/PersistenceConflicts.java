package vn.chibo.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * The one place where a failure of the database at flush or commit time becomes a refusal the caller
 * can act on: a lost race on a unique rule is a 409 naming the rule, a lost optimistic race is a 409
 * {@code version-conflict} with the version the record has now, a lock not obtained in time is a 503
 * to retry. Services still check first (with a row lock where a count is involved); this catches
 * what slips between two requests.
 */
public final class PersistenceConflicts {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PersistenceConflicts.class);

    /**
     * Constraints whose conflict has its own code (lower-case names as in the migrations); every other
     * unique constraint is a plain {@code duplicate-record}: the services lock the owning row first,
     * so those only fire when something slips past.
     */
    private static final Map<String, Conflict> BY_CONSTRAINT = Map.of(
            "uq_member_card_number", new Conflict("duplicate-card-number", "cardNumber"),
            "uq_member_username", new Conflict("duplicate-username", "username"),
            "uq_record_number", new Conflict("record-number-taken", null),
            // BR-D4: one member or organisation per identifier of a national system
            "uq_member_csdl_id", new Conflict("duplicate-external-id", "csdlId"),
            "uq_member_sotay_id", new Conflict("duplicate-external-id", "sotayId"),
            "uq_organization_csdl_id", new Conflict("duplicate-external-id", "csdlId"),
            "uq_organization_sotay_id", new Conflict("duplicate-external-id", "sotayId"));

    private record Conflict(String code, String field) {}

    private PersistenceConflicts() {}

    /** The refusal for a database failure somewhere in the cause chain, or empty when it is none of these. */
    public static Optional<ApiException> of(Throwable failure) {
        // The precise cause (which record) may sit below a generic wrapper: look for it first.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleObjectStateException stale) {
                return Optional.of(versionConflict(stale.getEntityName(), stale.getIdentifier()));
            }
            if (cause instanceof OptimisticLockException lost && lost.getEntity() != null) {
                Object entity = lost.getEntity();
                return Optional.of(versionConflict(org.hibernate.Hibernate.getClass(entity).getName(), idOf(entity)));
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of(ApiException.conflict("concurrent-change"));
            }
            if (cause instanceof ConstraintViolationException violation) {
                return Optional.of(uniqueConflict(violation));
            }
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof LockAcquisitionException) {
                return Optional.of(new ApiException(503, "busy", "busy", new Object[0], List.of(), null));
            }
        }
        return Optional.empty();
    }

    private static ApiException uniqueConflict(ConstraintViolationException violation) {
        String name = violation.getConstraintName() == null ? "" : violation.getConstraintName().toLowerCase(Locale.ROOT);
        // H2 reports "PUBLIC.UQ_X_INDEX_8 ON ..." and PostgreSQL "uq_x": match the migration's name inside.
        for (Map.Entry<String, Conflict> known : BY_CONSTRAINT.entrySet()) {
            if (name.contains(known.getKey())) return conflict(known.getValue());
        }
        if (violation.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
            return ApiException.conflict("record-in-use");
        }
        return ApiException.conflict("duplicate-record");
    }

    private static ApiException conflict(Conflict c) {
        // The message says what happened without the other record's details, which this request may not read.
        List<ApiException.FieldError> fields = c.field() == null ? List.of()
                : List.of(new ApiException.FieldError(c.field(), c.code() + ".concurrent.detail", new Object[0]));
        return new ApiException(409, c.code(), c.code() + ".concurrent", new Object[0], fields, null);
    }

    private static Object idOf(Object entity) {
        try {
            return Panache.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The version the record has now, read in a fresh transaction (the failed one is rolled back). */
    private static ApiException versionConflict(String entityName, Object id) {
        if (id == null) return ApiException.conflict("concurrent-change");
        try {
            // Entity fields are private after Panache's enhancement: ask the database, not the object.
            Long current = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createQuery("select e.version from " + entityName + " e where e.id = :id", Long.class)
                    .setParameter("id", id).getResultStream().findFirst().orElse(null));
            return current == null ? ApiException.conflict("concurrent-change") : ApiException.versionConflict(current);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not read the current version of %s %s", entityName, id);
            return ApiException.conflict("concurrent-change");
        }
    }
}
