package vn.chibo.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.chibo.common.InList;

/**
 * Loads the records a sync call names, a chunk of keys per query: a province's nightly sync names tens of
 * thousands of records, and one query per row would be that many round trips.
 */
final class SyncLookup {
    /** At most InList's slots, so that each chunk's query keeps a cached translation. */
    static final int CHUNK = 256;

    private SyncLookup() {}

    /** {@code select} ends with "in": the chunk's placeholders are appended to it. */
    static <T> List<T> inChunks(EntityManager em, String select, Collection<?> keys, Class<T> type,
                                java.util.function.Consumer<TypedQuery<T>> more) {
        List<?> distinct = keys.stream().filter(Objects::nonNull).distinct().toList();
        List<T> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            InList chunk = InList.of("k", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
            TypedQuery<T> query = chunk.bindTo(em.createQuery(select + " " + chunk, type));
            more.accept(query);
            found.addAll(query.getResultList());
        }
        return found;
    }

    static <T> List<T> inChunks(EntityManager em, String select, Collection<?> keys, Class<T> type) {
        return inChunks(em, select, keys, type, q -> {});
    }
}
