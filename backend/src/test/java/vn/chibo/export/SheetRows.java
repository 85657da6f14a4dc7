package vn.chibo.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

/** A spreadsheet row as the texts a reader sees (formatted numbers and dates, empty cells as ""), for tests. */
public final class SheetRows {
    private SheetRows() {}

    public static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return values;
    }
}
