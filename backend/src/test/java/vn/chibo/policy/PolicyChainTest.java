package vn.chibo.policy;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;

/** Which dated profile governs an organisation on a day. */
class PolicyChainTest {
    private static final Organization PROVINCE = org();
    private static final Organization COMMUNE = org();

    private static Organization org() {
        Organization o = new Organization();
        o.id = UUID.randomUUID();
        return o;
    }

    private static PolicyProfile profile(Organization issuer, String from, String to) {
        PolicyProfile p = new PolicyProfile();
        p.issuer = issuer;
        p.issuerName = issuer == null ? "TW" : issuer.id.toString();
        p.validFrom = LocalDate.parse(from);
        p.validTo = to == null ? null : LocalDate.parse(to);
        return p;
    }

    private final PolicyProfile laiChauPractice = profile(null, "2018-07-06", "2025-10-27");
    private final PolicyProfile hd42 = profile(null, "2025-10-28", null);
    private final PolicyProfile province2026 = profile(PROVINCE, "2026-01-01", "2026-12-31");
    private final PolicyProfile commune2026 = profile(COMMUNE, "2026-06-01", null);
    private final List<PolicyProfile> all = List.of(laiChauPractice, hd42, province2026, commune2026);
    private final List<UUID> communeChain = List.of(PROVINCE.id, COMMUNE.id);

    @Test
    void theCentralProfilesSplitAtHd42() {
        assertSame(laiChauPractice, PolicyChain.pick(all, List.of(UUID.randomUUID()), LocalDate.of(2025, 10, 27)));
        assertSame(hd42, PolicyChain.pick(all, List.of(UUID.randomUUID()), LocalDate.of(2025, 10, 28)));
    }

    @Test
    void brD2_theNearestIssuerInForceWins() {
        assertSame(province2026, PolicyChain.pick(all, communeChain, LocalDate.of(2026, 5, 31)));
        assertSame(commune2026, PolicyChain.pick(all, communeChain, LocalDate.of(2026, 6, 1)));
        assertSame(province2026, PolicyChain.pick(all, List.of(PROVINCE.id), LocalDate.of(2026, 12, 31)));
        assertSame(hd42, PolicyChain.pick(all, List.of(PROVINCE.id), LocalDate.of(2027, 1, 1)), "the province rules expired");
    }

    @Test
    void brD2_aRecordThatPinnedAProfileKeepsItWhileAnUnpinnedOneFollowsTheProfileInForce() {
        // A meeting on 2026-07-01 held under the province's rules, then the commune issued its own from 2026-06-01.
        LocalDate day = LocalDate.of(2026, 7, 1);
        assertSame(province2026, PolicyChain.pinnedOr(all, province2026.id, communeChain, day));
        assertSame(commune2026, PolicyChain.pinnedOr(all, null, communeChain, day));
        assertSame(commune2026, PolicyChain.pick(all, communeChain, day), "without the pin, the newer rules re-judge it");
    }

    @Test
    void daysBeforeEveryProfileUseTheOldestCentralOne() {
        assertSame(laiChauPractice, PolicyChain.pick(all, communeChain, LocalDate.of(2010, 1, 1)));
    }
}
