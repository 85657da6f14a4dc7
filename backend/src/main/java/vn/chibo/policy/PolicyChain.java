package vn.chibo.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * Picks the profile that governs an organisation on a day: among the profiles in force that day, the one
 * issued nearest to the organisation (itself, then its parents up to the centre), the newest at that level.
 * Before the oldest central profile begins, that oldest one still answers, so old records have rules.
 */
public final class PolicyChain {
    private PolicyChain() {}

    /** The organisation's ancestors from the root down, then the organisation itself. */
    public static List<UUID> chainOf(Organization org) {
        List<UUID> chain = new ArrayList<>(org.ancestorIds());
        chain.add(org.id);
        return chain;
    }

    /** The same chain read from an organisation's path (its ancestors' ids then its own), for rows read as columns. */
    public static List<UUID> chainOf(String path) {
        List<UUID> chain = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) chain.add(UUID.fromString(part));
        }
        return chain;
    }

    /** The profile governing the organisation on the day, among all profiles (for jobs over many organisations). */
    public static PolicyProfile pick(Collection<PolicyProfile> all, Organization org, LocalDate day) {
        return pick(all, chainOf(org), day);
    }

    /**
     * BR-D2: the profile a record was judged under. A record that pinned one (a held meeting) keeps it whatever was
     * issued since; one that has not yet (a planned meeting) follows the profile governing it on its day.
     *
     * @param pinned the id of the profile the record pinned, or null
     * @param chain  the organisation's ancestors from the root down, then the organisation itself
     */
    public static PolicyProfile pinnedOr(Collection<PolicyProfile> all, UUID pinned, List<UUID> chain, LocalDate day) {
        if (pinned != null) {
            for (PolicyProfile p : all) {
                if (p.id.equals(pinned)) return p;
            }
        }
        return pick(all, chain, day);
    }

    /** @param chain the organisation's ancestors from the root down, then the organisation itself */
    public static PolicyProfile pick(Collection<PolicyProfile> candidates, List<UUID> chain, LocalDate day) {
        PolicyProfile best = null;
        int bestDepth = -2;
        PolicyProfile oldestCentral = null;
        for (PolicyProfile p : candidates) {
            int depth = p.issuer == null ? -1 : chain.indexOf(p.issuer.id);
            if (p.issuer == null && (oldestCentral == null || p.validFrom.isBefore(oldestCentral.validFrom))) {
                oldestCentral = p;
            }
            if (depth < -1 || (p.issuer != null && depth < 0) || !p.appliesOn(day)) continue;
            if (depth > bestDepth || (depth == bestDepth && p.validFrom.isAfter(best.validFrom))) {
                best = p;
                bestDepth = depth;
            }
        }
        if (best != null) return best;
        if (oldestCentral == null) throw new IllegalStateException("No central default policy: migration V3 missing");
        return oldestCentral;
    }
}
