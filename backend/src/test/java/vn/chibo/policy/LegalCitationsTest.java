package vn.chibo.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.policy.LegalCitations.Citation;
import vn.chibo.policy.LegalReference.DocType;

/** BR-D6: the parser of free-text legal bases. */
class LegalCitationsTest {
    private static Citation main(String text) {
        return LegalCitations.main(LegalCitations.parse(text)).orElse(null);
    }

    @Test
    void brD6_eachCitationIsKeyedByIssuerNumberTypeAndDate() {
        List<Citation> cited = LegalCitations.parse("Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (28/10/2025)");
        assertEquals(2, cited.size());
        assertEquals(new Citation("TW", "50-CT/TW", DocType.CHI_THI, null, "Chỉ thị 50-CT/TW"), cited.get(0));
        assertEquals(new Citation("BTCTW", "42-HD/BTCTW", DocType.HUONG_DAN, LocalDate.of(2025, 10, 28),
                "Hướng dẫn 42-HD/BTCTW (28/10/2025)"), cited.get(1));
        Citation dated = main("Hướng dẫn số 12-HD/BTCTW ngày 18/01/2012 của Ban Tổ chức Trung ương");
        assertEquals(LocalDate.of(2012, 1, 18), dated.issuedOn());
        assertEquals("Hướng dẫn số 12-HD/BTCTW ngày 18/01/2012 của Ban Tổ chức Trung ương", dated.citation());
        // a year alone is no day: the key stays undated
        assertNull(main("Quy định 14-QĐi/TU năm 2018 của Tỉnh ủy Lai Châu").issuedOn());
    }

    @Test
    void brD6_theTypeComesFromTheWordsElseFromTheNumber() {
        assertEquals(DocType.QUY_DINH, main("QĐ 01-QĐi/HU Tam Đường").type());
        assertEquals(DocType.QUY_DINH, main("QĐ 366-QĐ/TW").type(), "QĐ and QĐi are written loosely for a Quy định");
        assertEquals(DocType.QUYET_DINH, main("Quyết định 99-QĐ/TW").type(), "the words say Quyết định");
        assertEquals(DocType.KE_HOACH, main("KH 114-KH/ĐUK").type());
        assertEquals("ĐUK", main("KH 114-KH/ĐUK").issuer());
        assertEquals(DocType.KHAC, main("Thông báo 7-TB/TU").type());
        // the same words typed with combining marks
        assertEquals(DocType.HUONG_DAN, main(Normalizer.normalize("Hướng dẫn 5-X/TU", Normalizer.Form.NFD)).type());
    }

    @Test
    void brD6_theMainDocumentIsTheGuidanceThenTheDatedThenTheLastCited() {
        assertEquals("42-HD/BTCTW", main("Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (28/10/2025)").number());
        assertEquals("42-HD/BTCTW", main("Hướng dẫn 12-HD/BTCTW; Hướng dẫn 42-HD/BTCTW").number());
        assertEquals("12-HD/BTCTW", main("Hướng dẫn 12-HD/BTCTW; KH 114-KH/ĐUK; QĐ 01-QĐi/HU Tam Đường").number());
        assertEquals("12-HD/BTCTW", main("Hướng dẫn 12-HD/BTCTW (18/01/2012); Hướng dẫn 42-HD/BTCTW").number());
        assertEquals("42-HD/BTCTW",
                main("Hướng dẫn 42-HD/BTCTW; biểu chấm điểm địa phương (phường An Phú, KH 08-KH/ĐU)").number());
    }

    @Test
    void brD6_aDayThatDoesNotExistIsRefusedAndTextWithoutANumberCitesNothing() {
        assertEquals(LocalDate.of(2024, 2, 29), main("Hướng dẫn 3-HD/TU ngày 29/02/2024").issuedOn());
        LegalCitations.InvalidDate refused = assertThrows(LegalCitations.InvalidDate.class,
                () -> LegalCitations.parse("Hướng dẫn 3-HD/TU ngày 29/02/2025"));
        assertEquals("29/02/2025", refused.text);
        assertTrue(LegalCitations.parse("Theo thực tiễn địa phương").isEmpty());
        assertTrue(LegalCitations.parse(null).isEmpty());
    }
}
