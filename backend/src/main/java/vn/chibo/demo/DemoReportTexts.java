package vn.chibo.demo;

import java.util.List;
import java.util.Random;
import vn.chibo.organization.Organization;
import vn.chibo.report.ReportApi;
import vn.chibo.report.ReportKind;
import vn.chibo.report.ReportPeriod;

/**
 * The written sections of the demo's periodic reports, in the words such reports use: what the body led its cells
 * to do in the period, what fell short and why, the lesson drawn and the next period's tasks; with the flavour of a
 * commune, an agency or an enterprise. Chosen by a seeded random, so a demo day always reads the same.
 */
final class DemoReportTexts {
    private DemoReportTexts() {}

    /** What kind of unit writes: the words differ for a commune, an agency, an enterprise, a hospital. */
    private enum Flavour { COMMUNE, AGENCY, ENTERPRISE, HEALTH }

    static ReportApi.Sections sections(Organization org, ReportPeriod period, int number, Random random) {
        Flavour flavour = flavour(org.categoryCode);
        String body = org.holdsMeetings ? "Chi bộ" : "Đảng ủy";
        String span = span(period);
        String results = String.join("\n",
                body + " đã lãnh đạo " + (org.holdsMeetings ? "đảng viên" : "các chi bộ trực thuộc") + " duy trì nền nếp"
                        + " sinh hoạt thường kỳ hằng tháng trong " + span + " theo Chỉ thị 50-CT/TW của Ban Bí thư;"
                        + " nội dung sinh hoạt bám sát nhiệm vụ chính trị" + WORK.get(flavour.ordinal()) + ".",
                pick(random, TOPICAL),
                pick(random, SUPERVISION),
                pick(random, RESULTS.get(flavour.ordinal())));
        String shortcomings = String.join("\n", pick(random, SHORTCOMINGS), pick(random, SHORTCOMINGS_MORE));
        String causes = String.join("\n", pick(random, CAUSES.get(flavour.ordinal())), pick(random, CAUSES_SUBJECTIVE));
        String lessons = pick(random, LESSONS);
        String directions = String.join("\n", pick(random, DIRECTIONS), next(period), pick(random, DIRECTIONS_MORE));
        return new ReportApi.Sections(number + (org.holdsMeetings ? "-BC/CB" : "-BC/ĐU"), place(org), results,
                shortcomings, causes, lessons, directions);
    }

    /** The corrected sections of a report sent again: the shortcomings made precise and a task added. */
    static ReportApi.Sections corrected(ReportApi.Sections sent) {
        return new ReportApi.Sections(null, null, null, sent.shortcomings() + "\nMột chi bộ chưa tổ chức sinh hoạt"
                + " chuyên đề trong quý II; việc ghi biên bản ở một số chi bộ còn sơ sài, chưa ghi đủ ý kiến phát biểu.",
                null, null, sent.directions() + "\nChỉ đạo chi bộ chưa sinh hoạt chuyên đề tổ chức bổ sung ngay trong"
                + " tháng tới; Văn phòng Đảng ủy kiểm tra biên bản của các chi bộ trước ngày 25 hằng tháng.");
    }

    static final String RESUBMIT_REASON = "Bổ sung hạn chế về sinh hoạt chuyên đề và nhiệm vụ khắc phục theo ý kiến"
            + " của Ban Tổ chức Tỉnh ủy";

    private static Flavour flavour(String category) {
        if (category == null) return Flavour.AGENCY;
        return switch (category) {
            case "XA", "PHUONG", "THON_BAN_TDP" -> Flavour.COMMUNE;
            case "DOANH_NGHIEP_NN", "DOANH_NGHIEP_KHAC" -> Flavour.ENTERPRISE;
            case "DON_VI_SU_NGHIEP" -> Flavour.HEALTH;
            default -> Flavour.AGENCY;
        };
    }

    /** "Bình Lư" for the commune of Bình Lư, the province's name for the others. */
    private static String place(Organization org) {
        for (String unit : List.of("xã ", "phường ")) {
            int at = org.name.indexOf(unit);
            if (at >= 0 && !org.holdsMeetings) return org.name.substring(at + unit.length());
        }
        return "Lai Châu";
    }

    private static String span(ReportPeriod period) {
        return switch (period.kind()) {
            case QUARTERLY -> "quý " + ROMAN[Integer.parseInt(period.key().substring(6)) - 1] + " năm " + period.year();
            case HALF_YEAR -> "6 tháng đầu năm " + period.year();
            case ANNUAL, MODEL_MEETING -> "năm " + period.year();
        };
    }

    private static String next(ReportPeriod period) {
        return switch (period.kind()) {
            case QUARTERLY -> "Xây dựng và thực hiện kế hoạch sinh hoạt chuyên đề của quý tới; mỗi chi bộ chọn một"
                    + " vấn đề cụ thể, thiết thực để sinh hoạt.";
            case HALF_YEAR -> "Tập trung chỉ đạo hoàn thành các chỉ tiêu nghị quyết 6 tháng cuối năm; chuẩn bị đánh giá,"
                    + " xếp loại chất lượng tổ chức đảng và đảng viên cuối năm.";
            case ANNUAL, MODEL_MEETING -> "Xây dựng kế hoạch sinh hoạt chuyên đề năm " + (period.year() + 1)
                    + ", gửi cấp trên đúng hạn; lựa chọn chi bộ tổ chức sinh hoạt mẫu để rút kinh nghiệm chung.";
        };
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private static final List<String> WORK = List.of(
            " của địa phương: phát triển kinh tế, giữ vững quốc phòng, an ninh và xây dựng nông thôn mới",
            " của cơ quan: cải cách hành chính, chuyển đổi số và nâng cao chất lượng tham mưu",
            " của doanh nghiệp: hoàn thành kế hoạch sản xuất, kinh doanh và bảo đảm an toàn lao động",
            " của đơn vị: nâng cao chất lượng khám, chữa bệnh và tinh thần phục vụ người bệnh");

    private static final List<String> TOPICAL = List.of(
            "Các chi bộ tổ chức sinh hoạt chuyên đề theo kế hoạch năm; chủ đề được chuẩn bị trước, nhiều đảng viên"
                    + " tham gia ý kiến, liên hệ với nhiệm vụ được giao.",
            "Sinh hoạt chuyên đề được tổ chức theo đúng kế hoạch; nội dung gắn với việc học tập và làm theo tư tưởng,"
                    + " đạo đức, phong cách Hồ Chí Minh.",
            "Việc sinh hoạt chuyên đề đi vào nền nếp, chủ đề chọn sát với những vấn đề đảng viên và nhân dân quan tâm.");

    private static final List<String> SUPERVISION = List.of(
            "Cấp ủy viên được phân công dự sinh hoạt với các chi bộ, hướng dẫn và thẩm định kết quả đánh giá chất"
                    + " lượng buổi sinh hoạt đúng thời hạn.",
            "Đồng chí cấp ủy viên phụ trách dự đầy đủ các buổi sinh hoạt, góp ý kịp thời để các chi bộ điều chỉnh nội"
                    + " dung và cách điều hành.",
            "Việc chấm điểm, xếp loại chất lượng sinh hoạt được thực hiện theo biểu tiêu chí; kết quả thẩm định được"
                    + " thông báo lại cho chi bộ.");

    private static final List<List<String>> RESULTS = List.of(
            List.of("Đảng viên gương mẫu vận động nhân dân thực hiện chuyển đổi cơ cấu cây trồng, giữ gìn vệ sinh môi"
                            + " trường ở thôn, bản, tổ dân phố.",
                    "Các chi bộ thôn, bản lãnh đạo thực hiện tốt công tác thu hoạch chè, bảo vệ rừng và phòng, chống"
                            + " thiên tai mùa mưa lũ."),
            List.of("Đảng viên hoàn thành tốt nhiệm vụ chuyên môn; thủ tục hành chính được giải quyết đúng hạn, không"
                            + " để tồn đọng hồ sơ.",
                    "Việc ứng dụng Sổ tay đảng viên điện tử trong sinh hoạt được duy trì; tài liệu sinh hoạt được gửi"
                            + " trước cho đảng viên nghiên cứu."),
            List.of("Đảng viên gương mẫu trong sản xuất; đơn vị bảo đảm cung ứng an toàn, liên tục trong các đợt cao"
                            + " điểm.",
                    "Các chi bộ lãnh đạo hoàn thành kế hoạch sản xuất, kinh doanh của kỳ, không để xảy ra tai nạn lao"
                            + " động."),
            List.of("Đảng viên nêu cao tinh thần trách nhiệm, thực hiện tốt quy tắc ứng xử, sự hài lòng của người bệnh"
                            + " được nâng lên.",
                    "Chi bộ lãnh đạo thực hiện tốt công tác khám, chữa bệnh và phòng, chống dịch bệnh trên địa bàn."));

    private static final List<String> SHORTCOMINGS = List.of(
            "Một số chi bộ tổ chức sinh hoạt chưa đúng ngày quy định; thời gian sinh hoạt có buổi còn ngắn.",
            "Tỷ lệ đảng viên phát biểu ý kiến trong sinh hoạt ở một số chi bộ còn thấp, chất lượng thảo luận chưa sâu.",
            "Việc chuẩn bị nội dung sinh hoạt ở một số chi bộ còn chậm, tài liệu chưa gửi trước cho đảng viên.");

    private static final List<String> SHORTCOMINGS_MORE = List.of(
            "Việc theo dõi, đôn đốc thực hiện nhiệm vụ sau nghị quyết của chi bộ có lúc chưa thường xuyên.",
            "Còn đảng viên vắng sinh hoạt không có lý do; việc nhắc nhở, kiểm điểm chưa kịp thời.",
            "Tự phê bình và phê bình trong sinh hoạt chưa mạnh dạn, nhất là góp ý với cấp ủy.");

    private static final List<List<String>> CAUSES = List.of(
            List.of("Địa bàn rộng, đi lại khó khăn; nhiều đảng viên đi làm ăn xa, đi làm nương theo mùa vụ.",
                    "Thời điểm mùa vụ, thiên tai nên một số buổi sinh hoạt phải lùi ngày."),
            List.of("Khối lượng công việc chuyên môn lớn, nhiều đảng viên đi công tác vào ngày sinh hoạt.",
                    "Một số cấp ủy viên kiêm nhiệm nhiều việc nên thời gian chuẩn bị nội dung sinh hoạt chưa nhiều."),
            List.of("Đảng viên làm việc theo ca, kíp, thường xuyên đi hiện trường nên khó bố trí đủ đảng viên dự.",
                    "Nhiệm vụ sản xuất, xử lý sự cố đột xuất trùng với ngày sinh hoạt."),
            List.of("Đảng viên trực chuyên môn theo ca, kíp nên không dự đủ các buổi sinh hoạt.",
                    "Áp lực công việc khám, chữa bệnh lớn, thời gian chuẩn bị sinh hoạt còn hạn chế."));

    private static final List<String> CAUSES_SUBJECTIVE = List.of(
            "Một số bí thư chi bộ chưa chủ động, năng lực điều hành sinh hoạt còn hạn chế.",
            "Một bộ phận đảng viên chưa nhận thức đầy đủ trách nhiệm trong sinh hoạt chi bộ.",
            "Công tác kiểm tra, hướng dẫn của cấp ủy có lúc chưa thường xuyên.");

    private static final List<String> LESSONS = List.of(
            "Cấp ủy phải chuẩn bị kỹ nội dung trước khi sinh hoạt, phân công cụ thể người chuẩn bị; bí thư chi bộ điều"
                    + " hành dân chủ, gợi mở để đảng viên tham gia ý kiến.",
            "Nơi nào cấp ủy viên cấp trên dự và hướng dẫn thường xuyên thì nơi đó sinh hoạt có nền nếp, chất lượng.",
            "Nội dung sinh hoạt phải cụ thể, gắn với nhiệm vụ chính trị và những việc đảng viên đang làm; kết luận rõ"
                    + " việc, rõ người, rõ thời hạn.");

    private static final List<String> DIRECTIONS = List.of(
            "Tiếp tục thực hiện nghiêm chế độ sinh hoạt chi bộ thường kỳ, đúng ngày, đủ thời gian theo quy định.",
            "Duy trì sinh hoạt thường kỳ hằng tháng; nâng cao chất lượng thảo luận, tỷ lệ đảng viên phát biểu.",
            "Tiếp tục đổi mới nội dung, phương thức sinh hoạt chi bộ theo Chỉ thị 50-CT/TW.");

    private static final List<String> DIRECTIONS_MORE = List.of(
            "Cấp ủy viên phụ trách dự sinh hoạt, thẩm định kết quả đánh giá đúng thời hạn; kịp thời uốn nắn chi bộ"
                    + " sinh hoạt chưa đạt yêu cầu.",
            "Theo dõi, đôn đốc đảng viên thực hiện nhiệm vụ được giao trong nghị quyết chi bộ; báo cáo kết quả tại kỳ"
                    + " sinh hoạt sau.",
            "Gửi báo cáo định kỳ lên cấp trên đúng hạn trên phần mềm.");
}
