package vn.chibo.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Alert periods and due dates as people read them. */
class PeriodsTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void periodsAndDatesReadTheVietnameseWay() {
        assertEquals("11/2026", Periods.display("2026-11", VI));
        assertEquals("III/2026", Periods.display("2026-Q3", VI));
        assertEquals("Q3 2026", Periods.display("2026-Q3", Locale.ENGLISH));
        assertEquals("05/02/2027", Periods.display("2027-02-05", VI));
        assertEquals("2026", Periods.display("2026", VI));
        assertEquals("", Periods.display("-", VI));
        assertEquals("0/1", Periods.display("0/1", VI));
    }
}
