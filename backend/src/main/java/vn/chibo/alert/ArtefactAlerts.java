package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.organization.Organization;
import vn.chibo.planning.ArtefactChecklistRule;
import vn.chibo.policy.ArtefactKind;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

/**
 * BR-P7 for the daily alert job: one query for the artefacts of every cell of the subtree (the year's and its
 * term's); a cell still missing an expected one after its policy's due day gets a warning for the year
 * ("missing/expected").
 */
@ApplicationScoped
public class ArtefactAlerts implements AlertContributor {
    private final EntityManager em;
    private final PolicyService policies;

    public ArtefactAlerts(EntityManager em, PolicyService policies) {
        this.em = em;
        this.policies = policies;
    }

    @Override
    public Map<UUID, List<AlertRules.Check>> checks(String path, List<Organization> orgs, LocalDate today) {
        int year = today.getYear();
        // This year's, and the earlier years' that may be the first year of a term (BR-P7: at most ten years long).
        Map<UUID, Map<Integer, Set<ArtefactKind>>> byYear = new HashMap<>();
        for (Object[] r : em.createQuery("select a.organization.id, a.kind, a.year from CellArtefact a"
                        + " where a.organization.path like :p and a.year >= :from and a.year <= :y", Object[].class)
                .setParameter("p", path + "%").setParameter("from", year - 10).setParameter("y", year).getResultList()) {
            byYear.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .computeIfAbsent((Integer) r[2], k -> new HashSet<>()).add((ArtefactKind) r[1]);
        }
        List<PolicyProfile> all = policies.all();
        Map<UUID, List<AlertRules.Check>> out = new HashMap<>();
        for (Organization o : orgs) {
            if (!o.holdsMeetings) continue;
            PolicyProfile p = PolicyChain.pick(all, o, today);
            List<ArtefactKind> expected = p.expectedArtefactKinds();
            List<ArtefactKind> termKinds = p.termArtefactKinds();
            int termStart = p.termStartOf(year);
            Map<Integer, Set<ArtefactKind>> recorded = byYear.getOrDefault(o.id, Map.of());
            ArtefactChecklistRule.Verdict v = ArtefactChecklistRule.judge(expected, recorded.getOrDefault(year, Set.of()),
                    termKinds, recorded.getOrDefault(termStart, Set.of()), p.artefactsDue, year, termStart, today);
            out.put(o.id, List.of(new AlertRules.Check(AlertKind.ARTEFACTS_MISSING, String.valueOf(year),
                    v.level() == ArtefactChecklistRule.Level.WARN, Severity.WARNING,
                    v.missing().size() + "/" + (expected.size() + termKinds.size()))));
        }
        return out;
    }
}
