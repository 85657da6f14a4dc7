package vn.chibo.meeting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;

/**
 * Reuses an assembled meeting view while nothing it shows has changed. The view of a meeting reads
 * the cell's other meetings too (excused-absence runs, open tasks, the previous completion rate, a
 * second regular meeting in the month), so its stamp is read from the database and covers the whole
 * cell: the sum and number of the facts revisions of the cell's meetings (every write that changes a
 * meeting's facts bumps its revision, see {@link MeetingFactsInvalidation}), the meeting's, the
 * cell's and its parent's row versions (status, times, the names as on the meeting's day, BR-D1: a rename
 * may be dated back), and the current minute (the "not notified"
 * warning depends on the clock). Being read from the database, the stamp also sees writes made through
 * another instance of the backend.
 *
 * <p>The stamp is read before the view is assembled, so a view is never kept under a stamp newer than
 * the data it was built from.
 */
@ApplicationScoped
public class MeetingViewCache {
    private record Key(UUID meetingId, Locale locale) {}

    private record Stamp(long factsRevisions, long meetings, long meetingVersion, long cellVersion, long parentVersion,
                         long minute) {}

    private record Entry(Stamp stamp, MeetingApi.View view) {}

    private final EntityManager em;
    private final TimeSource time;
    private final Cache<Key, Entry> entries;

    public MeetingViewCache(EntityManager em, TimeSource time, ChiboConfig config) {
        this.em = em;
        this.time = time;
        int size = config.meetingViews().cacheSize();
        this.entries = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size)
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** The meeting's view: the kept one while its stamp holds, otherwise assembled anew and kept. */
    public MeetingApi.View get(Meeting m, Locale locale, Supplier<MeetingApi.View> assemble) {
        if (entries == null) return assemble.get();
        Key key = new Key(m.id, locale);
        Stamp stamp = stampOf(m);
        Entry kept = entries.getIfPresent(key);
        if (kept != null && kept.stamp().equals(stamp)) return kept.view();
        MeetingApi.View view = assemble.get();
        entries.put(key, new Entry(stamp, view));
        return view;
    }

    private Stamp stampOf(Meeting m) {
        Object[] row = em.createQuery("select coalesce(sum(x.factsRevision), 0), count(x), o.version, coalesce(p.version, -1)"
                        + " from Meeting x join x.organization o left join Organization p on p.id = o.parentId"
                        + " where o.id = :cell group by o.version, p.version", Object[].class)
                .setParameter("cell", m.organization.id)
                .getSingleResult();
        long minute = time.now().truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
        return new Stamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), m.version,
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), minute);
    }
}
