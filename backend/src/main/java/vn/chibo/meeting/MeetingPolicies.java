package vn.chibo.meeting;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

/**
 * BR-D2: which policy profile judges a meeting. A meeting pins the profile in force on its day when it is held,
 * and its warnings, figures, facts and automatic scores use that profile from then on: a profile issued later,
 * even one whose start is earlier, does not re-judge it. A meeting still to come follows the profile in force on
 * its day, whatever was issued since it was scheduled.
 *
 * <p>{@link MeetingService#recordTimes} pins it. Pinned when held rather than when the minutes are locked: the
 * cell scores itself at the end of the meeting (DOMAIN.md 12.4, BR-E1) and its warnings are read from that day
 * on; approval may come days later, and a profile issued in between would otherwise judge the figures
 * differently from the evaluation made from them. One meeting at a time, {@link PolicyService#pinnedOrInForce}
 * gives the profile in one statement.
 */
@ApplicationScoped
public class MeetingPolicies {
    private final PolicyService policies;
    private final TimeSource time;
    private final EntityManager em;

    public MeetingPolicies(PolicyService policies, TimeSource time, EntityManager em) {
        this.policies = policies;
        this.time = time;
        this.em = em;
    }

    /** The profile a meeting read as columns is judged under, among all profiles (jobs over many meetings). */
    public static PolicyProfile of(Collection<PolicyProfile> all, UUID pinned, String cellPath, java.time.LocalDate day) {
        return PolicyChain.pinnedOr(all, pinned, PolicyChain.chainOf(cellPath), day);
    }

    /**
     * Meetings held before meetings pinned their profile are pinned once to the profile they were shown under until
     * then (the one in force on their day). Without such meetings, one query.
     */
    @Transactional
    void pinHeldBefore(@Observes StartupEvent start) {
        List<Object[]> unpinned = em.createQuery("select m.id, m.organization.path, m.scheduledStart from Meeting m"
                        + " where m.policyProfileId is null and m.status in :held", Object[].class)
                .setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED)).getResultList();
        if (unpinned.isEmpty()) return;
        Collection<PolicyProfile> all = policies.all();
        Map<UUID, List<UUID>> byProfile = new HashMap<>();
        for (Object[] r : unpinned) {
            UUID profile = of(all, null, (String) r[1], time.dateOf((Instant) r[2])).id;
            byProfile.computeIfAbsent(profile, k -> new ArrayList<>()).add((UUID) r[0]);
        }
        // A bulk update: neither the version (no optimistic-lock conflict) nor the facts change.
        byProfile.forEach((profile, meetings) -> {
            for (int i = 0; i < meetings.size(); i += 500) {
                em.createQuery("update Meeting m set m.policyProfileId = :p where m.id in :ids")
                        .setParameter("p", profile).setParameter("ids", meetings.subList(i, Math.min(meetings.size(), i + 500)))
                        .executeUpdate();
            }
        });
    }
}
