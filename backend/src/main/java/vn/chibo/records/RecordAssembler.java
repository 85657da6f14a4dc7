package vn.chibo.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.meeting.MeetingType;
import vn.chibo.member.Attachment;
import vn.chibo.member.MemberStatus;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.resolution.ResolutionApi;
import vn.chibo.resolution.ResolutionKind;

/**
 * Builds the minutes (biên bản) and the resolution (nghị quyết / kết luận) of a meeting in the
 * standard structure from the meeting's own data. Party records are written in Vietnamese.
 */
@ApplicationScoped
public class RecordAssembler {
    private final OrganizationRepository organizations;
    private final RecordNumbers numbers;
    private final TimeSource time;

    public RecordAssembler(OrganizationRepository organizations, RecordNumbers numbers, TimeSource time) {
        this.organizations = organizations;
        this.numbers = numbers;
        this.time = time;
    }

    public RecordDocument minutes(Meeting meeting, MeetingApi.View v, Minutes minutes, List<MinutesCorrection> corrections) {
        LocalDate day = time.dateOf(meeting.scheduledStart);
        List<RecordDocument.Block> b = new ArrayList<>();
        b.add(new RecordDocument.Heading("I. THỜI GIAN, ĐỊA ĐIỂM"));
        OffsetDateTime start = v.actualStart() != null ? v.actualStart() : v.scheduledStart();
        b.add(new RecordDocument.Paragraph("Thời gian: bắt đầu lúc " + clock(start) + ", ngày " + date(start.toLocalDate()) + "."));
        b.add(new RecordDocument.Paragraph("Địa điểm: " + orDash(v.place())
                + (v.onlineLink() != null ? " (trực tuyến: " + v.onlineLink() + ")" : "") + "."));

        b.add(new RecordDocument.Heading("II. THÀNH PHẦN"));
        List<MeetingApi.AttendanceEntry> a = v.attendance();
        long official = a.stream().filter(x -> x.memberStatus() == MemberStatus.OFFICIAL).count();
        long probationary = a.stream().filter(x -> x.memberStatus() == MemberStatus.PROBATIONARY).count();
        long temporary = a.stream().filter(x -> x.attachment() == Attachment.TEMPORARY_IN).count();
        long exempt = v.notExpected().stream().filter(x -> "EXEMPT".equals(x.why())).count();
        long away = v.notExpected().stream().filter(x -> "TEMPORARY_OUT".equals(x.why())).count();
        b.add(new RecordDocument.Paragraph("Tổng số đảng viên của chi bộ: " + (a.size() + v.notExpected().size())
                + "; phải dự: " + a.size() + " (chính thức: " + official + ", dự bị: " + probationary
                + ", sinh hoạt tạm thời: " + temporary + "); miễn sinh hoạt: " + exempt
                + "; giới thiệu sinh hoạt tạm thời nơi khác: " + away + "."));
        boolean onlineCounts = v.figures().onlineAttendanceCounted();
        List<MeetingApi.AttendanceEntry> present = a.stream().filter(x -> x.status().countsAsPresent(onlineCounts)).toList();
        b.add(new RecordDocument.Paragraph("Có mặt: " + present.size() + "/" + a.size() + " đồng chí (chính thức: "
                + present.stream().filter(x -> x.memberStatus() == MemberStatus.OFFICIAL).count() + ", dự bị: "
                + present.stream().filter(x -> x.memberStatus() == MemberStatus.PROBATIONARY).count()
                + "), đạt " + VietnameseNumbers.percent(v.figures().attendanceRate()) + "."
                + onlineNote(v.figures())));
        List<MeetingApi.AttendanceEntry> excused = a.stream().filter(x -> x.status() == AttendanceStatus.ABSENT_EXCUSED).toList();
        List<MeetingApi.AttendanceEntry> unexcused = a.stream().filter(x -> x.status() == AttendanceStatus.ABSENT_UNEXCUSED).toList();
        b.add(new RecordDocument.Paragraph("Vắng mặt có lý do: " + excused.size() + (excused.isEmpty() ? "" : " ("
                + excused.stream().map(x -> "đồng chí " + x.fullName() + " – " + reason(x)).collect(Collectors.joining("; ")) + ")")
                + ". Vắng mặt không lý do: " + unexcused.size() + (unexcused.isEmpty() ? "" : " ("
                + unexcused.stream().map(x -> "đồng chí " + x.fullName()).collect(Collectors.joining("; ")) + ")") + "."));
        if (!v.guests().isEmpty()) {
            b.add(new RecordDocument.Paragraph("Đại biểu, khách mời: " + v.guests().stream()
                    .map(g -> g.name() + (g.role() != null ? " – " + g.role() : "")
                            + (g.organizationName() != null ? ", " + g.organizationName() : ""))
                    .collect(Collectors.joining("; ")) + "."));
        }
        b.add(new RecordDocument.Paragraph("Chủ trì: đồng chí " + name(v.chair()) + ". Thư ký: đồng chí "
                + name(v.minuteTaker()) + "."));

        b.add(new RecordDocument.Heading("III. NỘI DUNG"));
        int i = 1;
        for (MeetingApi.AgendaItemView item : v.agenda()) {
            b.add(new RecordDocument.Paragraph(i++ + ". " + item.title()
                    + (item.presenter() != null ? " (đồng chí " + item.presenter().fullName() + " trình bày)" : "")));
        }
        b.add(new RecordDocument.Heading("IV. DIỄN BIẾN"));
        if (minutes != null && minutes.freeText != null) b.add(new RecordDocument.Paragraph(minutes.freeText));
        if (!v.speeches().isEmpty()) {
            Map<UUID, String> items = v.agenda().stream()
                    .collect(Collectors.toMap(MeetingApi.AgendaItemView::id, MeetingApi.AgendaItemView::title));
            b.add(new RecordDocument.Paragraph("Ý kiến phát biểu (" + v.figures().distinctSpeakers() + " đảng viên, đạt "
                    + VietnameseNumbers.percent(v.figures().speakingRate()) + " số có mặt):"));
            for (MeetingApi.SpeechView s : v.speeches()) {
                b.add(new RecordDocument.Paragraph("– Đồng chí " + s.speakerName()
                        + (s.agendaItemId() != null && items.containsKey(s.agendaItemId()) ? " (" + items.get(s.agendaItemId()) + ")" : "")
                        + (s.summary() != null ? ": " + s.summary() : ".")));
            }
        }
        b.add(new RecordDocument.Heading("V. KẾT LUẬN"));
        b.add(new RecordDocument.Paragraph(minutes != null && minutes.conclusions != null ? minutes.conclusions : "—"));
        if (!v.votes().isEmpty()) {
            b.add(new RecordDocument.Heading("VI. BIỂU QUYẾT"));
            for (MeetingApi.VoteView vote : v.votes()) b.add(new RecordDocument.Paragraph(voteLine(vote)));
        }
        b.add(new RecordDocument.Heading("VII. ĐÁNH GIÁ"));
        b.add(new RecordDocument.Paragraph("Tỷ lệ đảng viên dự họp: " + VietnameseNumbers.percent(v.figures().attendanceRate())
                + "; tỷ lệ phát biểu: " + VietnameseNumbers.percent(v.figures().speakingRate()) + "; thời lượng: "
                + (v.figures().durationMinutes() == null ? "—" : v.figures().durationMinutes() + " phút") + "."));
        // The application's warnings (attendance below target ...) are advice on screen, not part of the record.
        OffsetDateTime end = v.actualEnd();
        b.add(new RecordDocument.Paragraph("Buổi sinh hoạt kết thúc lúc " + (end == null ? "—" : clock(end))
                + " cùng ngày. " + (minutes != null && minutes.isApproved()
                ? "Biên bản đã được đọc lại và thông qua trước chi bộ." : "Biên bản chưa được thông qua.")));
        if (!corrections.isEmpty()) {
            b.add(new RecordDocument.Heading("ĐÍNH CHÍNH"));
            for (MinutesCorrection c : corrections) {
                b.add(new RecordDocument.Paragraph(date(time.dateOf(c.at)) + " – " + c.author + " – lý do: " + c.reason
                        + ". " + c.text));
            }
        }
        String number = numbers.of(meeting.id, RecordNumbers.MINUTES).map(RecordNumber::printed).orElse(null);
        return new RecordDocument(header(meeting, v, number, day), "BIÊN BẢN",
                "SINH HOẠT CHI BỘ " + typeLabel(meeting) + " THÁNG " + day.getMonthValue() + " NĂM " + day.getYear(), b,
                minutesSignatures(v, minutes), List.of(upperName(v) + " (để báo cáo);", "Lưu chi bộ."));
    }

    public RecordDocument resolution(Meeting meeting, MeetingApi.View v, ResolutionApi.View r) {
        LocalDate day = time.dateOf(meeting.scheduledStart);
        List<RecordDocument.Block> b = new ArrayList<>();
        b.add(new RecordDocument.Paragraph("Ngày " + date(day) + ", chi bộ tổ chức sinh hoạt "
                + typeLabel(meeting).toLowerCase(java.util.Locale.forLanguageTag("vi")) + " tại " + orDash(v.place())
                + ". Có mặt " + v.figures().present() + "/" + v.figures().expected() + " đảng viên phải dự; vắng có lý do "
                + v.figures().excused() + ", vắng không lý do " + v.figures().unexcused() + ". Thời lượng "
                + (v.figures().durationMinutes() == null ? "—" : v.figures().durationMinutes() + " phút")
                + ". Chủ trì: đồng chí " + name(v.chair()) + "; thư ký: đồng chí " + name(v.minuteTaker()) + "."));
        b.add(new RecordDocument.Paragraph("Chi bộ " + (r.kind() == ResolutionKind.CONCLUSION ? "kết luận" : "quyết nghị") + ":"));
        for (ResolutionApi.Section s : r.sections()) {
            b.add(new RecordDocument.Heading(s.heading()));
            if (!s.body().isBlank()) b.add(new RecordDocument.Paragraph(s.body()));
        }
        if (!r.tasks().isEmpty()) {
            b.add(new RecordDocument.Heading("PHÂN CÔNG THỰC HIỆN"));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (ResolutionApi.TaskView t : r.tasks()) {
                rows.add(List.of(String.valueOf(n++), t.title(), t.assigneeName(), t.dueDate() == null ? "—" : date(t.dueDate())));
            }
            b.add(new RecordDocument.Table(List.of("TT", "Nội dung", "Người thực hiện", "Thời hạn"), rows));
        }
        for (MeetingApi.VoteView vote : v.votes()) b.add(new RecordDocument.Paragraph(voteLine(vote)));
        String title = r.kind() == ResolutionKind.CONCLUSION ? "KẾT LUẬN" : "NGHỊ QUYẾT";
        return new RecordDocument(header(meeting, v, r.number(), day), title,
                r.title() != null ? r.title() : "Lãnh đạo thực hiện nhiệm vụ tháng " + day.getMonthValue() + " năm " + day.getYear(),
                b, List.of(new RecordDocument.Signature(RecordSigners.onBehalfOf(meeting.type == MeetingType.COMMITTEE)
                        + "\nBÍ THƯ", secretaryOf(meeting.organization, day))),
                List.of(upperName(v) + " (để báo cáo);", "Đồng chí cấp ủy viên cấp trên theo dõi chi bộ;",
                        "Các đảng viên trong chi bộ;", "Lưu chi bộ."));
    }

    /** The minute-taker on the left, the chair on behalf of the cell on the right: as signed once approved. */
    private static List<RecordDocument.Signature> minutesSignatures(MeetingApi.View v, Minutes minutes) {
        if (minutes != null && minutes.isApproved() && minutes.chairName != null) {
            return List.of(new RecordDocument.Signature(RecordSigners.MINUTE_TAKER, minutes.minuteTakerName),
                    new RecordDocument.Signature(minutes.chairRole, minutes.chairName));
        }
        return List.of(new RecordDocument.Signature(RecordSigners.MINUTE_TAKER, name(v.minuteTaker())),
                new RecordDocument.Signature("CHỦ TRÌ", name(v.chair())));
    }

    /** BR-D1: the cell and its upper committee as named on the meeting's day, even if renamed or moved since. */
    private RecordHeader header(Meeting m, MeetingApi.View v, String number, LocalDate day) {
        return RecordHeader.of(upperName(v), v.organizationOnMeetingDay().name(), number, locality(m.organization), day);
    }

    /** The locality of the date line: the organisation's own, else its nearest ancestor's (never the venue). */
    private String locality(Organization org) {
        for (Organization o = org; o != null; o = o.parentId == null ? null : organizations.findById(o.parentId)) {
            if (o.locality != null && !o.locality.isBlank()) return o.locality;
        }
        return null;
    }

    private static String upperName(MeetingApi.View v) {
        String upper = v.organizationOnMeetingDay().upperName();
        return upper == null ? "" : upper;
    }

    private String secretaryOf(Organization cell, LocalDate day) {
        return PositionHeld.<PositionHeld>list("organization = ?1 and position = ?2", cell, Position.SECRETARY).stream()
                .filter(p -> p.activeOn(day)).map(p -> p.member.fullName).findFirst().orElse("");
    }

    private static String voteLine(MeetingApi.VoteView vote) {
        int total = vote.eligible();
        double rate = total == 0 ? 0 : vote.forCount() * 100.0 / total;
        return "Biểu quyết \"" + vote.subject() + "\": " + vote.forCount() + "/" + total + " đồng chí tán thành, đạt tỷ lệ "
                + VietnameseNumbers.percent(rate) + "; không tán thành: " + vote.againstCount() + "; ý kiến khác: " + vote.abstainCount() + ". "
                + (vote.passed() ? "Được thông qua." : "Không được thông qua.") + debateNote(vote);
    }

    /** BR-H10: the minutes keep whether further discussion was allowed where opinions differed. */
    private static String debateNote(MeetingApi.VoteView vote) {
        if (!vote.opinionsDiffered()) return "";
        if (vote.furtherDiscussion() == null) return " Ý kiến còn khác nhau.";
        return vote.furtherDiscussion() ? " Ý kiến còn khác nhau; chủ trì đã cho thảo luận thêm trước khi biểu quyết."
                : " Ý kiến còn khác nhau; chủ trì không cho thảo luận thêm.";
    }

    private static String typeLabel(Meeting m) {
        return switch (m.type) {
            case REGULAR -> "THƯỜNG KỲ";
            case TOPICAL -> "CHUYÊN ĐỀ";
            case COMBINED -> "THƯỜNG KỲ KẾT HỢP CHUYÊN ĐỀ";
            case FORUM -> "DIỄN ĐÀN";
            case COMMITTEE -> "CHI ỦY";
            case EXTRAORDINARY -> "BẤT THƯỜNG";
        };
    }

    private static String reason(MeetingApi.AttendanceEntry a) {
        String category = a.reasonCategory() == null ? "" : Messages.get(Messages.VIETNAMESE, "absence." + a.reasonCategory());
        return a.reasonText() == null ? category : category + (category.isEmpty() ? "" : ": ") + a.reasonText();
    }

    private static String name(MeetingApi.MemberRef ref) {
        return ref == null ? "……" : ref.fullName();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String clock(OffsetDateTime t) {
        return t.getHour() + " giờ " + String.format("%02d", t.getMinute()) + " phút";
    }

    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** BR-H9: the minutes say how many took part online and whether they were counted as present. */
    private static String onlineNote(MeetingApi.Figures f) {
        if (f.presentOnline() == 0) return "";
        return " Dự trực tuyến: " + f.presentOnline() + " đồng chí ("
                + (f.onlineAttendanceCounted() ? "được tính là có mặt" : "không tính là có mặt theo quy định") + ").";
    }
}
