package vn.chibo.records;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The standard header of a party record: the upper committee and the cell on the left, the
 * party's name and the place and date line on the right (DOMAIN.md 11.2).
 */
public record RecordHeader(String upperCommittee, String cell, String number, String placeAndDate) {
    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    public static RecordHeader of(String upperName, String cellName, String number, String place, LocalDate day) {
        String where = place == null || place.isBlank() ? "" : place + ", ";
        return new RecordHeader(upperName == null ? "" : upperName.toUpperCase(Locale.forLanguageTag("vi")),
                cellName.toUpperCase(Locale.forLanguageTag("vi")), number,
                where + "ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear());
    }
}
