package vn.chibo.meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import vn.chibo.common.TimeSource;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

/**
 * Keeps {@link MeetingFactRow}s equal to what {@link MeetingFactsReader} computes: a meeting is stale from
 * its creation or the last bump of its facts revision ({@link MeetingFactsInvalidation}) until a row of
 * that revision is stored, and stale meetings are recomputed by the reader, many at once, before a roll-up
 * reads the rows.
 */
@ApplicationScoped
public class MeetingFactStore {
    /** Meetings per reader call when refreshing by id: bounds the member ids a roster query binds. */
    private static final int CHUNK = 200;
    /** Above this many stale meetings in a range, the whole range is read at once (as the demo fills it). */
    private static final int BULK = 1000;
    /** A month of a province's meetings, read and written at once on a busy machine. */
    private static final int BULK_SECONDS = 900;
    /**
     * What a row is written with besides the facts, read before them: id, facts revision, cell path, start, and the
     * profile the meeting pinned (BR-D2).
     */
    private static final String REVISION = "m.id, m.factsRevision, m.organization.path, m.scheduledStart, m.policyProfileId";

    private final EntityManager em;
    private final DataSource dataSource;
    private final MeetingFactsReader reader;
    private final PolicyService policies;
    private final TimeSource time;
    private final MeetingRatings ratings;
    private final MeetingFactMonths months;

    public MeetingFactStore(EntityManager em, DataSource dataSource, MeetingFactsReader reader, PolicyService policies,
                            TimeSource time, MeetingRatings ratings, MeetingFactMonths months) {
        this.em = em;
        this.dataSource = dataSource;
        this.reader = reader;
        this.policies = policies;
        this.time = time;
        this.ratings = ratings;
        this.months = months;
    }

    /**
     * Makes the rows of the subtree's meetings scheduled from one day to another (inclusive) current, and
     * those of rows dated in that range whose meeting moved away. Each batch is written in a transaction of
     * its own, so a read that needs the rows may run without one. Two refreshes of the same meetings at
     * once: one of them fails on the key and may simply be retried.
     *
     * @return how many rows were written
     */
    public int refresh(String path, LocalDate from, LocalDate to) {
        Set<UUID> stale = stale(path, from, to);
        if (stale.isEmpty()) return 0;
        if (stale.size() <= BULK) return markCurrent(QuarkusTransaction.requiringNew().call(() -> refresh(stale)));
        int written = 0;
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.isBefore(from) ? from : month;
            LocalDate last = month.plusMonths(1).minusDays(1).isAfter(to) ? to : month.plusMonths(1).minusDays(1);
            written += markCurrent(QuarkusTransaction.requiringNew().timeout(BULK_SECONDS)
                    .call(() -> refreshMonth(path, first, last)));
        }
        return written;
    }

    /** The stale meetings of the range (a new one has no row yet), and those whose row is dated in the range. */
    private Set<UUID> stale(String path, LocalDate from, LocalDate to) {
        Set<UUID> stale = new LinkedHashSet<>(em.createQuery("select m.id from Meeting m where m.factsStale = true"
                        + " and m.organization.path like :path and m.scheduledStart >= :start and m.scheduledStart < :end",
                        UUID.class)
                .setParameter("path", path + "%").setParameter("start", startOf(from))
                .setParameter("end", startOf(to.plusDays(1))).getResultList());
        stale.addAll(em.createQuery("select f.meetingId from MeetingFactRow f, Meeting m where m.id = f.meetingId"
                        + " and m.factsStale = true and f.meetingDay between :from and :to"
                        + " and f.organizationId in (select o.id from Organization o where o.path like :path)", UUID.class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList());
        return stale;
    }

    /** A month with many stale meetings (a first fill, a new profile): all its meetings are read at once. */
    private Map<UUID, Long> refreshMonth(String path, LocalDate from, LocalDate to) {
        Set<UUID> stale = stale(path, from, to);
        if (stale.size() <= BULK) return refresh(stale);
        // Revisions first: a write after this point bumps them again, so what it changed is recomputed later.
        Map<UUID, Object[]> meetings = index(em.createQuery("select " + REVISION + " from Meeting m"
                        + " where m.organization.path like :path and m.scheduledStart >= :start and m.scheduledStart < :end",
                Object[].class).setParameter("path", path + "%").setParameter("start", startOf(from))
                .setParameter("end", startOf(to.plusDays(1))).getResultList());
        List<MeetingFacts> facts = reader.inSubtree(path, from, to).stream().filter(f -> stale.contains(f.meetingId())).toList();
        facts.forEach(f -> stale.remove(f.meetingId()));
        Map<UUID, Long> stored = write(facts, meetings);
        stored.putAll(refresh(stale));
        return stored;
    }

    /** Recomputes the rows of the given meetings, a chunk of them per read. */
    private Map<UUID, Long> refresh(Collection<UUID> meetingIds) {
        List<UUID> ids = new ArrayList<>(meetingIds);
        Map<UUID, Long> written = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            Map<UUID, Object[]> meetings = index(em.createQuery("select " + REVISION + " from Meeting m where m.id in :ids",
                    Object[].class).setParameter("ids", chunk).getResultList());
            written.putAll(write(reader.of(chunk), meetings));
        }
        return written;
    }

    /**
     * Replaces the rows of the facts, and the sums by cell and month ({@link MeetingFactMonth}) of the cells and
     * months they were and are in; {@code meetings} holds each meeting's {@link #REVISION} columns, read before
     * the facts and the evaluations' ratings.
     *
     * @return the revision stored for each meeting
     */
    private Map<UUID, Long> write(List<MeetingFacts> facts, Map<UUID, Object[]> meetings) {
        Collection<PolicyProfile> all = policies.all();
        List<UUID> ids = facts.stream().map(MeetingFacts::meetingId).toList();
        Map<UUID, MeetingRatings.Ratings> rated = new HashMap<>();
        Set<MeetingFactMonths.Pair> pairs = new HashSet<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            // Where the rows were: a meeting moved to another month or cell leaves that pair's sums too.
            for (Object[] r : em.createQuery("select f.organizationId, f.monthNumber from MeetingFactRow f"
                    + " where f.meetingId in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                pairs.add(new MeetingFactMonths.Pair((UUID) r[0], (Integer) r[1]));
            }
            em.createQuery("delete from MeetingFactRow f where f.meetingId in :ids").setParameter("ids", chunk).executeUpdate();
            rated.putAll(ratings.of(chunk));
        }
        Map<UUID, Long> written = new HashMap<>();
        for (MeetingFacts f : facts) {
            Object[] meeting = meetings.get(f.meetingId());
            if (meeting == null) continue; // created after the revisions were read: stale until the next refresh
            PolicyProfile policy = MeetingPolicies.of(all, (UUID) meeting[4], (String) meeting[2], f.day());
            MeetingFactRow row = MeetingFactRow.of(f, policy, (Long) meeting[1], (Instant) meeting[3], rated.get(f.meetingId()));
            em.persist(row);
            pairs.add(new MeetingFactMonths.Pair(row.organizationId, row.monthNumber));
            written.put(f.meetingId(), (Long) meeting[1]);
            if (written.size() % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        months.recompute(pairs);
        return written;
    }

    /**
     * Once their rows are committed, clears the stale flag of the meetings not bumped since: one autocommit
     * statement each, so this never holds one meeting's lock while waiting for another's (a writer bumping
     * a cell's meetings cannot deadlock with it). A flag left set only costs a recomputation.
     *
     * @return how many rows were stored
     */
    private int markCurrent(Map<UUID, Long> stored) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update meeting set facts_stale = false where id = ? and facts_revision = ?")) {
            for (Map.Entry<UUID, Long> e : stored.entrySet()) {
                s.setObject(1, e.getKey());
                s.setLong(2, e.getValue());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Marking stored meeting facts current failed", e);
        }
        return stored.size();
    }

    private static Map<UUID, Object[]> index(List<Object[]> rows) {
        Map<UUID, Object[]> out = new HashMap<>();
        rows.forEach(r -> out.put((UUID) r[0], r));
        return out;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }
}
