package vn.chibo.report;

import java.util.regex.Pattern;

/**
 * The kinds of periodic report a committee sends upward (DOMAIN.md 18.6 PeriodicReport.kind), each with the
 * shape of its period key: quarterly "2026-Q3", six-month "2026-H1", annual and model-meeting "2026".
 */
public enum ReportKind {
    /** Báo cáo quý. */
    QUARTERLY("^(\\d{4})-Q([1-4])$", "2026-Q3"),
    /** Báo cáo 6 tháng (sơ kết). */
    HALF_YEAR("^(\\d{4})-H(1)$", "2026-H1"),
    /** Báo cáo năm (tổng kết). */
    ANNUAL("^(\\d{4})()$", "2026"),
    /** Báo cáo kết quả sinh hoạt chi bộ mẫu. */
    MODEL_MEETING("^(\\d{4})()$", "2026");

    final Pattern format;
    final String example;

    ReportKind(String format, String example) {
        this.format = Pattern.compile(format);
        this.example = example;
    }
}
