package vn.chibo.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.chibo.member.Position;

class RecordSignersTest {
    @Test
    void theSecretarySignsOnBehalfOfTheCell() {
        assertEquals("T/M CHI BỘ\nBÍ THƯ", RecordSigners.chairRole(false, Position.SECRETARY));
    }

    @Test
    void aDeputySignsAsDeputyAndACommitteeMeetingOnBehalfOfTheCommittee() {
        assertEquals("T/M CHI BỘ\nPHÓ BÍ THƯ", RecordSigners.chairRole(false, Position.DEPUTY_SECRETARY));
        assertEquals("T/M CHI ỦY\nBÍ THƯ", RecordSigners.chairRole(true, Position.SECRETARY));
    }

    @Test
    void aChairWithoutAPostSignsInTheirOwnName() {
        assertEquals("CHỦ TRÌ", RecordSigners.chairRole(false, null));
        assertEquals("CHỦ TRÌ", RecordSigners.chairRole(false, Position.COMMITTEE_MEMBER));
    }
}
