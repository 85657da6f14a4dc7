package vn.chibo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.reverse(list);
        list.sort(Comparator.comparing(VietnameseNames::sortKey));
        return list;
    }

    private static void assertOrder(String... names) {
        assertEquals(List.of(names), sorted(names));
    }

    @Test
    void sortsByGivenNameThenFamilyThenMiddle() {
        assertOrder("Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Đỗ Thị Dung", "Phạm Văn Đức");
        assertOrder("Lê Văn An", "Nguyễn Văn An", "Trần Thị An");
        assertOrder("Nguyễn An Bình", "Nguyễn Văn Bình", "Nguyễn Xuân Bình");
        assertOrder("Nguyễn Hoa", "Nguyễn Thị Hoa");
    }

    @Test
    void followsTheVietnameseAlphabet() {
        assertOrder("Lê An", "Lê Ăn", "Lê Ân", "Lê Bảo");
        assertOrder("Lê Dung", "Lê Đức", "Lê Em");
        assertOrder("Lê Dũng", "Lê Đào", "Lê Ê", "Lê Zoe");
        assertOrder("Lê Ong", "Lê Ôn", "Lê Ơn", "Lê Phong");
        assertOrder("Lê Uyên", "Lê Ưng", "Lê Vân");
        assertOrder("Dương Z", "Đỗ Z", "Lê Z");
        assertOrder("Lê An", "Lê Anh", "Lê Ăng");
    }

    @Test
    void tonesBreakTiesInDictionaryOrderWithinAWord() {
        assertOrder("Lê Ma", "Lê Mà", "Lê Mả", "Lê Mã", "Lê Má", "Lê Mạ", "Lê Mác");
        // every "Anh" before every "Ánh", whatever the family name
        assertOrder("Trần Anh", "Nguyễn Ánh");
        assertOrder("Nguyễn Văn Ba", "Nguyễn Văn Bá", "Nguyễn Văn Bảo");
    }

    @Test
    void composedAndDecomposedSpellingsGiveTheSameKey() {
        String composed = "Nguyễn Thị Hoà";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseNames.sortKey(composed), VietnameseNames.sortKey(decomposed));
        assertEquals(VietnameseNames.sortKey("nguyễn  thị hoà "), VietnameseNames.sortKey("NGUYỄN THỊ HOÀ"));
    }

    @Test
    void sortKeyIsPlainAsciiAlphanumeric() {
        String key = VietnameseNames.sortKey("Đặng Thị Ngọc Hường-Ly 2 Ça");
        assertTrue(key.matches("[0-9a-z]+"), key);
        assertEquals("", VietnameseNames.sortKey("  "));
    }

    @Test
    void searchKeyFoldsDiacriticsBehindALeadingSpace() {
        assertEquals(" nguyen van an", VietnameseNames.searchKey("  Nguyễn   Văn An"));
        assertEquals(" dang thi huong", VietnameseNames.searchKey("ĐẶNG THỊ HƯỜNG"));
        assertEquals("% nguyen van%", vn.chibo.common.TextFolding.likeWordStart("nguyen van"));
        assertEquals("% nguyen%", vn.chibo.common.TextFolding.likeWordStart(" Nguyễn "));
        assertEquals("% 50\\%\\_x%", vn.chibo.common.TextFolding.likeWordStart("50%_x"));
    }
}
