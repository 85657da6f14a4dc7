package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsDiacriticsCaseAndSpaces() {
        assertEquals("nguyen van an", TextFolding.fold("  Nguyễn   Văn  Ân "));
        assertEquals("dang bo xa binh lu", TextFolding.fold("Đảng bộ xã Bình Lư"));
        assertEquals("hoa", TextFolding.fold("Hoà"));
        assertEquals("hoa", TextFolding.fold("Hòa"));
    }

    @Test
    void likePatternsTreatWildcardsLiterally() {
        assertEquals("%50\\% tong\\_so%", TextFolding.likeContains("50% tổng_số"));
    }
}
