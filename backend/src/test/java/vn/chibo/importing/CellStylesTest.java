package vn.chibo.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CellStylesTest {

    @Test
    void formatCodesThatShowADayMonthYearOrTimeAreDates() {
        for (String code : new String[] {"dd/mm/yyyy", "d/m/yy", "[$-42A]dd mmmm yyyy", "yyyy-mm-dd hh:mm", "mmm-yy"}) {
            assertTrue(CellStyles.isDateFormat(code), code);
        }
        for (String code : new String[] {"0", "0.00", "#,##0", "[Red]#,##0.00", "0\\d", "#,##0 \"ngày\"", "General", "@"}) {
            assertFalse(CellStyles.isDateFormat(code), code);
        }
    }

    @Test
    void onlyTheCellFormatsOfTheWorkbookCountAndTheirIndexIsTheirPosition() throws Exception {
        String styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.0\"/></numFmts>"
                // cellStyleXfs are the named styles, not what a cell's s attribute points at.
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"14\"/></cellXfs>"
                + "</styleSheet>";
        CellStyles read = CellStyles.read(new ByteArrayInputStream(styles.getBytes(StandardCharsets.UTF_8)));
        assertFalse(read.isDate(0));
        assertTrue(read.isDate(1));
        assertFalse(read.isDate(2));
        assertTrue(read.isDate(3));
        assertFalse(read.isDate(4));
    }
}
