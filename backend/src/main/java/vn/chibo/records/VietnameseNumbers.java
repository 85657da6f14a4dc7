package vn.chibo.records;

/**
 * Numbers as Vietnamese documents print them: decimal comma, dot between thousands ("87,5%", "1.250").
 * Written out rather than taken from the JDK's "vi" locale data, whose symbols have changed between releases.
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {}

    /** At most one decimal, none when it is zero: 75 → "75%", 87.5 → "87,5%", 66.666 → "66,7%". */
    public static String percent(double value) {
        return decimal(value) + "%";
    }

    public static String decimal(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        String whole = grouped(tenths / 10);
        return sign + (tenths % 10 == 0 ? whole : whole + "," + tenths % 10);
    }

    private static String grouped(long n) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append('.');
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
