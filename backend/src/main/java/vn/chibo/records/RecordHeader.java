package vn.chibo.records;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The standard header of a party record (HD 36-HD/VPTW): the upper committee, the cell and the number on
 * the left, the party's name and the locality and date line on the right (DOMAIN.md 11.2).
 */
public record RecordHeader(String upperCommittee, String cell, String number, String placeAndDate) {
    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /** @param locality the place name of the organisation (not the venue), or null when none is on record */
    public static RecordHeader of(String upperName, String cellName, String number, String locality, LocalDate day) {
        String where = locality == null || locality.isBlank() ? "" : locality + ", ";
        return new RecordHeader(upperName == null ? "" : upperName.toUpperCase(Locale.forLanguageTag("vi")),
                cellName.toUpperCase(Locale.forLanguageTag("vi")), number,
                where + String.format("ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
    }
}
