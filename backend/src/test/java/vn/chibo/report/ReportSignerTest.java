package vn.chibo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.member.Position;

/** The signature block of a report by the party document layout: the body's line, the post, the signer. */
class ReportSignerTest {
    private static final ReportSigner.Body CELL_WITH_COMMITTEE = new ReportSigner.Body(true, true, true);
    private static final ReportSigner.Body SMALL_CELL = new ReportSigner.Body(true, false, true);
    private static final ReportSigner.Body GRASSROOTS_COMMITTEE = new ReportSigner.Body(false, true, true);
    private static final ReportSigner.Body UPPER_COMMITTEE = new ReportSigner.Body(false, true, false);

    private static final ReportSigner.Holder SECRETARY = new ReportSigner.Holder("bithu.an", "Nguyễn Văn An", Position.SECRETARY);
    private static final ReportSigner.Holder DEPUTY = new ReportSigner.Holder(null, "Lò Thị Bình", Position.DEPUTY_SECRETARY);
    private static final ReportSigner.Holder MEMBER = new ReportSigner.Holder("cuong", "Hà Văn Cường", Position.COMMITTEE_MEMBER);

    private static void assertBlock(String role, String name, ReportSignature s) {
        assertEquals(role, s.role);
        assertEquals(name, s.name);
    }

    @Test
    void theSecretarySignsForTheBodyWhoeverSendsIt() {
        assertBlock("T/M CHI ỦY\nBÍ THƯ", "Nguyễn Văn An",
                ReportSigner.sign(CELL_WITH_COMMITTEE, List.of(MEMBER, DEPUTY, SECRETARY), "canbo.xa", "Phạm Văn Đức", false));
        assertBlock("T/M CHI BỘ\nBÍ THƯ", "Nguyễn Văn An",
                ReportSigner.sign(SMALL_CELL, List.of(SECRETARY), "canbo.xa", "Phạm Văn Đức", false));
    }

    @Test
    void aDeputyWhoSendsItSignsAsDeputyAndSignsWhenTheSecretaryPostIsEmpty() {
        ReportSigner.Holder sendingDeputy = new ReportSigner.Holder("pho.binh", "Lò Thị Bình", Position.DEPUTY_SECRETARY);
        assertBlock("T/M CHI ỦY\nPHÓ BÍ THƯ", "Lò Thị Bình",
                ReportSigner.sign(CELL_WITH_COMMITTEE, List.of(SECRETARY, sendingDeputy), "pho.binh", "x", false));
        assertBlock("T/M CHI ỦY\nPHÓ BÍ THƯ", "Lò Thị Bình",
                ReportSigner.sign(CELL_WITH_COMMITTEE, List.of(MEMBER, DEPUTY), "canbo.xa", "x", false));
    }

    @Test
    void withoutPostsOnRecordTheSenderSignsAsAppointedSecretaryOrUnderTheBodysLineAlone() {
        assertBlock("T/M ĐẢNG ỦY\nBÍ THƯ", "Lò Văn Thanh",
                ReportSigner.sign(GRASSROOTS_COMMITTEE, List.of(), "bithu.lch-bl", "Lò Văn Thanh", true));
        assertBlock("T/M BAN THƯỜNG VỤ\nBÍ THƯ", "Trần Quốc Khánh",
                ReportSigner.sign(UPPER_COMMITTEE, List.of(), "bithu.lch-ub", "Trần Quốc Khánh", true));
        assertBlock("T/M ĐẢNG ỦY", "Phạm Văn Đức",
                ReportSigner.sign(GRASSROOTS_COMMITTEE, List.of(MEMBER), "canbo.xa", "Phạm Văn Đức", false));
    }

    @Test
    void thePostIsReadBackFromThePrintedBlockForTheViews() {
        assertEquals(Position.SECRETARY, ReportSigner.postOf(
                ReportSigner.sign(SMALL_CELL, List.of(SECRETARY), "canbo.xa", "x", false)));
        assertEquals(Position.DEPUTY_SECRETARY, ReportSigner.postOf(
                ReportSigner.sign(CELL_WITH_COMMITTEE, List.of(DEPUTY), "canbo.xa", "x", false)));
        assertEquals(Position.SECRETARY, ReportSigner.postOf(
                ReportSigner.sign(UPPER_COMMITTEE, List.of(), "bithu.lch-ub", "Trần Quốc Khánh", true)));
        assertNull(ReportSigner.postOf(ReportSigner.sign(GRASSROOTS_COMMITTEE, List.of(), "canbo.xa", "x", false)));
        assertNull(ReportSigner.postOf(new ReportSignature(null, "x")));
    }
}
