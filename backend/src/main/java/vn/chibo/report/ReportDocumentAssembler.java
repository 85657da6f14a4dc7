package vn.chibo.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chibo.dashboard.DashboardApi;
import vn.chibo.evaluation.Rating;
import vn.chibo.planning.ModelApi;
import vn.chibo.planning.ModelKind;
import vn.chibo.records.RecordDocument;
import vn.chibo.records.RecordHeader;

/**
 * A report in the party document layout (DOMAIN.md 11.2 header, "BÁO CÁO" title, figures, the five written
 * sections, signature), for the records PDF renderer. Party documents are written in Vietnamese.
 */
public final class ReportDocumentAssembler {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII"};
    private static final Map<Rating, String> RATINGS = Map.of(Rating.GOOD, "Tốt", Rating.FAIR, "Khá",
            Rating.AVERAGE, "Trung bình", Rating.POOR, "Kém");

    private ReportDocumentAssembler() {}

    /** @param signature the block as sent (or, for a draft, as it would be sent now) */
    public static RecordDocument document(ReportApi.View r, ReportSignature signature, LocalDate day) {
        ReportApi.Sections s = r.sections();
        RecordHeader header = RecordHeader.of(r.recipientName(), r.organizationName(), s.documentNumber(), s.place(), day);
        List<RecordDocument.Block> b = new ArrayList<>();
        b.add(new RecordDocument.Paragraph(r.organizationName() + " báo cáo " + subject(r.kind(), r.period())
                + " (số liệu tính đến ngày " + vietnamese(r.figures().asOf()) + ") như sau:"));
        int n = 0;
        b.add(new RecordDocument.Heading(ROMAN[n++] + ". SỐ LIỆU"));
        b.add(r.figures().dashboard() != null ? dashboardTable(r.figures().dashboard()) : modelTable(r.figures().modelProgramme()));
        String[][] sections = {{"KẾT QUẢ ĐẠT ĐƯỢC", s.results()}, {"HẠN CHẾ", s.shortcomings()},
                {"NGUYÊN NHÂN", s.causes()}, {"BÀI HỌC KINH NGHIỆM", s.lessons()}, {"PHƯƠNG HƯỚNG NHIỆM VỤ", s.directions()}};
        for (String[] section : sections) {
            b.add(new RecordDocument.Heading(ROMAN[n++] + ". " + section[0]));
            for (String line : (section[1] == null ? "" : section[1]).split("\\R")) {
                if (!line.isBlank()) b.add(new RecordDocument.Paragraph(line));
            }
        }
        return new RecordDocument(header, "BÁO CÁO", subject(r.kind(), r.period()).toUpperCase(Locale.forLanguageTag("vi")),
                b, List.of(new RecordDocument.Signature(signature.role,
                signature.name == null ? "" : signature.name)), List.of());
    }

    /** "kết quả sinh hoạt chi bộ quý III năm 2026", and the like for the other kinds. */
    static String subject(ReportKind kind, String period) {
        String year = period.substring(0, 4);
        return switch (kind) {
            case QUARTERLY -> "kết quả thực hiện chế độ sinh hoạt chi bộ quý " + ROMAN[period.charAt(6) - '1'] + " năm " + year;
            case HALF_YEAR -> "sơ kết công tác sinh hoạt chi bộ 6 tháng đầu năm " + year;
            case ANNUAL -> "tổng kết công tác sinh hoạt chi bộ năm " + year;
            case MODEL_MEETING -> "kết quả tổ chức sinh hoạt chi bộ mẫu năm " + year;
        };
    }

    private static RecordDocument.Table dashboardTable(DashboardApi.Overview o) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Số chi bộ", String.valueOf(o.cells())));
        rows.add(List.of("Chi bộ sinh hoạt thường kỳ đủ các tháng", o.regime().met() + "/" + o.regime().expected()));
        rows.add(List.of("Buổi sinh hoạt thường kỳ đã tổ chức", String.valueOf(o.regime().regularHeld())));
        for (DashboardApi.TopicalQuarter q : o.topical()) {
            rows.add(List.of("Sinh hoạt chuyên đề " + q.quarter() + ": chi bộ đạt / buổi đã tổ chức",
                    q.cellsMet() + "/" + q.cellsExpected() + "; " + q.sessionsHeld() + " buổi"));
        }
        rows.add(List.of("Tỷ lệ đảng viên dự sinh hoạt (chỉ tiêu " + o.attendance().targetPercent() + "%)",
                o.attendance().rate() == null ? "-" : percent(o.attendance().rate())));
        rows.add(List.of("Buổi sinh hoạt đã đánh giá / đã thẩm định", o.ratings().evaluated() + "/" + o.ratings().verified()));
        for (Rating rating : Rating.values()) {
            rows.add(List.of("Tự xếp loại " + RATINGS.get(rating),
                    String.valueOf(o.ratings().selfByLevel().getOrDefault(rating, 0))));
        }
        rows.add(List.of("Bản đánh giá chờ thẩm định (quá hạn)",
                o.verifications().pending() + " (" + o.verifications().overdue() + ")"));
        rows.add(List.of("Chi bộ có cấp ủy viên cấp trên dự sinh hoạt (" + o.coverage().quarter() + ")",
                o.coverage().covered() + "/" + o.coverage().cells()));
        return new RecordDocument.Table(List.of("Nội dung", "Kết quả"), rows);
    }

    private static RecordDocument.Table modelTable(ModelApi.ProgrammeView p) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelApi.SelectionView s : p.selections()) {
            rows.add(List.of(s.cellName(), s.kind() == ModelKind.TOPICAL ? "Chuyên đề" : "Thường kỳ",
                    s.meetingStart() == null ? "Chưa tổ chức" : vietnamese(s.meetingStart().toLocalDate()),
                    s.appraisal() == null ? "-" : s.appraisal().text()));
        }
        rows.add(List.of("Yêu cầu theo quy định", p.requiredCount() + " chi bộ", "Quý " + p.quarter(), ""));
        return new RecordDocument.Table(List.of("Chi bộ", "Hình thức", "Ngày sinh hoạt", "Thẩm định"), rows);
    }

    private static String percent(double value) {
        return String.format(Locale.forLanguageTag("vi"), "%.1f%%", value);
    }

    private static String vietnamese(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
