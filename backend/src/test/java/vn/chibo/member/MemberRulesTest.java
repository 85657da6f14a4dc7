package vn.chibo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

    private static Member admitted(String admission, String official) {
        Member m = new Member();
        m.admissionDate = LocalDate.parse(admission);
        m.officialDate = official == null ? null : LocalDate.parse(official);
        return m;
    }

    @Test
    void brD3_probationEndsTwelveMonthsAfterAdmissionEvenAtMonthEnds() {
        assertEquals(LocalDate.parse("2027-03-02"), admitted("2026-03-02", null).probationEnd());
        assertEquals(LocalDate.parse("2025-02-28"), admitted("2024-02-29", null).probationEnd());
    }

    @Test
    void brD3_statusOnADayFollowsTheOfficialDateAndExemption() {
        Member m = admitted("2024-05-19", "2025-05-20");
        assertEquals(MemberStatus.PROBATIONARY, m.statusOn(LocalDate.parse("2025-05-19"), false));
        assertEquals(MemberStatus.OFFICIAL, m.statusOn(LocalDate.parse("2025-05-20"), false));
        assertEquals(MemberStatus.EXEMPT, m.statusOn(LocalDate.parse("2025-05-20"), true));
    }

    @Test
    void periodsIncludeBothEndsAndOpenEndsRunForever() {
        Exemption e = new Exemption();
        e.validFrom = LocalDate.parse("2026-01-01");
        e.validTo = LocalDate.parse("2026-01-31");
        assertTrue(e.activeOn(LocalDate.parse("2026-01-31")));
        assertFalse(e.activeOn(LocalDate.parse("2026-02-01")));
        assertTrue(e.overlaps(LocalDate.parse("2026-01-31"), null));
        assertFalse(e.overlaps(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")));
        e.validTo = null;
        assertTrue(e.activeOn(LocalDate.parse("2099-01-01")));
    }
}
