package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.member.RosterChanged;
import vn.chibo.organization.OrganizationMoved;
import vn.chibo.policy.PolicyIssued;

/**
 * Marks the stored facts of meetings as stale ({@link MeetingFactRow}) by bumping their facts revision,
 * called by every write that can change what {@link MeetingFactsReader} computes for a meeting. A bulk
 * update that leaves the meeting's version alone, so it never causes an optimistic-lock conflict; it
 * commits or rolls back with the write that caused it.
 */
@ApplicationScoped
public class MeetingFactsInvalidation {
    private static final String BUMP = "update Meeting m set m.factsRevision = m.factsRevision + 1, m.factsStale = true"
            + " where ";
    private static final String IN_SUBTREE = "m.organization.id in (select o.id from Organization o where o.path like :path)";

    private final EntityManager em;
    private final TimeSource time;

    public MeetingFactsInvalidation(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    /** Its records (attendance, speeches, times, documents, minutes, tasks...) or its schedule changed. */
    public void meeting(UUID meetingId) {
        em.createQuery(BUMP + "m.id = :id").setParameter("id", meetingId).executeUpdate();
    }

    /** The rosters of these cells changed from the day on (memberships moved, cells merged or split). */
    public void cellsFrom(Collection<UUID> cellIds, LocalDate day) {
        if (cellIds.isEmpty()) return;
        em.createQuery(BUMP + "m.organization.id in :cells and m.scheduledStart >= :from")
                .setParameter("cells", cellIds).setParameter("from", startOf(day)).executeUpdate();
    }

    /**
     * A member's memberships or exemptions changed from the day on: the meetings of every cell the member
     * belongs or belonged to (a temporary attachment or an exemption also changes the home cell's roster).
     */
    public void memberFrom(UUID memberId, LocalDate day) {
        em.createQuery(BUMP + "m.organization.id in (select ms.organization.id from Membership ms"
                        + " where ms.member.id = :member) and m.scheduledStart >= :from")
                .setParameter("member", memberId).setParameter("from", startOf(day)).executeUpdate();
    }

    /**
     * The rules of a subtree changed from the day on (a policy profile issued by its root): the meetings still
     * judged by the profile in force on their day. A held meeting keeps the profile it pinned (BR-D2), so its
     * facts and its kept view stay as they are.
     */
    public void subtreeFrom(String path, LocalDate day) {
        em.createQuery(BUMP + IN_SUBTREE + " and m.scheduledStart >= :from and m.policyProfileId is null")
                .setParameter("path", path + "%").setParameter("from", startOf(day)).executeUpdate();
    }

    /** A subtree moved in the tree: the profiles governing its meetings may differ, whatever their day. */
    public void subtree(String path) {
        em.createQuery(BUMP + IN_SUBTREE).setParameter("path", path + "%").executeUpdate();
    }

    void onRosterChanged(@Observes RosterChanged change) {
        if (change.memberId() != null) memberFrom(change.memberId(), change.from());
        cellsFrom(change.cellIds(), change.from());
    }

    void onPolicyIssued(@Observes PolicyIssued issued) {
        subtreeFrom(issued.issuerPath(), issued.from());
    }

    void onOrganizationMoved(@Observes OrganizationMoved moved) {
        subtree(moved.path());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }
}
