package vn.chibo.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BR-D5: who reads a member's personal data, by appointment. */
class PersonalDataRuleTest {
    private static final String CELL = "/lch/bl/nk/";

    private static boolean reads(Role role, String heldAt) {
        return PersonalDataRule.mayRead(List.of(new PersonalDataRule.Held(role, heldAt)), CELL);
    }

    @Test
    void brD5_theCellCommitteeAndStaffAtOrAboveTheCellRead() {
        assertTrue(reads(Role.SECRETARY, CELL));
        assertTrue(reads(Role.STAFF, "/lch/bl/"));
        assertTrue(reads(Role.STAFF, "/lch/"));
        assertTrue(reads(Role.INTEGRATION, "/lch/"));
        assertTrue(reads(Role.ADMIN, CELL));
    }

    @Test
    void brD5_supervisorsMembersAndSecretariesOfOtherOrganisationsDoNotRead() {
        assertFalse(reads(Role.SUPERVISOR, CELL));
        assertFalse(reads(Role.MEMBER, CELL));
        assertFalse(reads(Role.SECRETARY, "/lch/bl/"), "the secretary of the committee above is not the cell committee");
        assertFalse(reads(Role.SECRETARY, "/lch/bl/nb/"));
        assertFalse(reads(Role.STAFF, "/lch/tp/"), "staff of another subtree");
        assertFalse(PersonalDataRule.mayRead(List.of(), CELL));
    }
}
