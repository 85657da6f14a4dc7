package vn.chibo.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {
    @Test
    void percentagesTakeADecimalComma() {
        assertEquals("87,5%", VietnameseNumbers.percent(87.5));
        assertEquals("66,7%", VietnameseNumbers.percent(200.0 / 3));
    }

    @Test
    void wholePercentagesHaveNoDecimals() {
        assertEquals("75%", VietnameseNumbers.percent(75.0));
        assertEquals("100%", VietnameseNumbers.percent(99.96));
        assertEquals("0%", VietnameseNumbers.percent(0));
    }

    @Test
    void thousandsAreSeparatedByDots() {
        assertEquals("1.250", VietnameseNumbers.decimal(1250));
        assertEquals("1.234.567,8", VietnameseNumbers.decimal(1234567.84));
        assertEquals("-2,5", VietnameseNumbers.decimal(-2.5));
    }
}
