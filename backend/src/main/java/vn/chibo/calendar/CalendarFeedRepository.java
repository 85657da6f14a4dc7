package vn.chibo.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, String> {
    /** Calendar apps poll every few minutes: recording each read would turn every poll into a write. */
    static final Duration READ_RECORDING_INTERVAL = Duration.ofHours(1);

    /** The feeds a user created and has not revoked, newest first. */
    public PageResult<CalendarFeed> activeOwnedBy(String username, PageRequest paging) {
        String where = "username = ?1 and revokedAt is null";
        var items = find(where + " order by createdAt desc, id", username).page(paging.page, paging.size).list();
        return new PageResult<>(items, paging.page, paging.size, count(where, username));
    }

    /**
     * Records a read unless one was recorded within the interval: a single conditional update, in its
     * own transaction because the feed request itself only reads.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRead(String feedId, Instant now) {
        update("lastReadAt = ?1 where id = ?2 and (lastReadAt is null or lastReadAt < ?3)",
                now, feedId, now.minus(READ_RECORDING_INTERVAL));
    }
}
