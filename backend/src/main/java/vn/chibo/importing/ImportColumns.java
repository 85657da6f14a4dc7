package vn.chibo.importing;

import java.util.List;
import java.util.Map;
import vn.chibo.common.TextFolding;

/** The columns an upload may have, and the header spellings (Vietnamese or English) that name them. */
final class ImportColumns {
    static final String FULL_NAME = "fullName";
    static final String BIRTH_YEAR = "birthYear";
    static final String GENDER = "gender";
    static final String CARD_NUMBER = "cardNumber";
    static final String ADMISSION_DATE = "admissionDate";
    static final String OFFICIAL_DATE = "officialDate";
    static final String ORGANIZATION = "organization";
    static final String NAME = "name";
    static final String TYPE = "typeCode";
    static final String CATEGORY = "categoryCode";
    static final String PARENT = "parent";
    static final String CODE = "code";

    private static final Map<String, String> MEMBER_HEADERS = Map.ofEntries(
            Map.entry("ho va ten", FULL_NAME), Map.entry("ho ten", FULL_NAME), Map.entry("full name", FULL_NAME),
            Map.entry("fullname", FULL_NAME),
            Map.entry("nam sinh", BIRTH_YEAR), Map.entry("birth year", BIRTH_YEAR), Map.entry("birthyear", BIRTH_YEAR),
            Map.entry("gioi tinh", GENDER), Map.entry("gender", GENDER),
            Map.entry("so the", CARD_NUMBER), Map.entry("so the dang vien", CARD_NUMBER),
            Map.entry("card number", CARD_NUMBER), Map.entry("cardnumber", CARD_NUMBER),
            Map.entry("ngay vao dang", ADMISSION_DATE), Map.entry("admission date", ADMISSION_DATE),
            Map.entry("admissiondate", ADMISSION_DATE),
            Map.entry("ngay chinh thuc", OFFICIAL_DATE), Map.entry("official date", OFFICIAL_DATE),
            Map.entry("officialdate", OFFICIAL_DATE),
            Map.entry("chi bo", ORGANIZATION), Map.entry("noi sinh hoat", ORGANIZATION),
            Map.entry("organization", ORGANIZATION), Map.entry("cell", ORGANIZATION));

    private static final Map<String, String> ORGANIZATION_HEADERS = Map.ofEntries(
            Map.entry("ten", NAME), Map.entry("ten to chuc", NAME), Map.entry("name", NAME),
            Map.entry("loai", TYPE), Map.entry("loai to chuc", TYPE), Map.entry("type", TYPE),
            Map.entry("loai hinh", CATEGORY), Map.entry("category", CATEGORY),
            Map.entry("truc thuoc", PARENT), Map.entry("cap tren", PARENT), Map.entry("parent", PARENT),
            Map.entry("ma", CODE), Map.entry("ma to chuc", CODE), Map.entry("code", CODE));

    private ImportColumns() {}

    static String canonical(ImportKind kind, String header) {
        return (kind == ImportKind.MEMBERS ? MEMBER_HEADERS : ORGANIZATION_HEADERS).get(TextFolding.fold(header));
    }

    static List<String> required(ImportKind kind) {
        return kind == ImportKind.MEMBERS ? List.of(FULL_NAME, GENDER, ADMISSION_DATE) : List.of(NAME, TYPE, CATEGORY);
    }
}
