package vn.chibo.documentpack;

import java.time.OffsetDateTime;
import java.util.List;
import vn.chibo.meeting.AgendaItem;
import vn.chibo.meeting.Meeting;

/**
 * The agenda of a meeting as a short UTF-8 Markdown file for the pack: there is no printed agenda among the
 * records, and members read it on a phone. Names the presenters only (no other personal data).
 */
final class AgendaText {
    private AgendaText() {}

    static String render(Meeting m, OffsetDateTime start, List<AgendaItem> items) {
        StringBuilder out = new StringBuilder("# Chương trình sinh hoạt chi bộ\n\n");
        out.append("- Chi bộ: ").append(m.organization.name).append('\n');
        if (m.title != null && !m.title.isBlank()) out.append("- Nội dung: ").append(m.title).append('\n');
        out.append(String.format("- Thời gian: %02d giờ %02d, ngày %02d/%02d/%d%n", start.getHour(), start.getMinute(),
                start.getDayOfMonth(), start.getMonthValue(), start.getYear()));
        if (m.place != null && !m.place.isBlank()) out.append("- Địa điểm: ").append(m.place).append('\n');
        out.append('\n');
        if (items.isEmpty()) out.append("Chưa có nội dung chương trình.\n");
        int n = 1;
        for (AgendaItem item : items) {
            out.append(n++).append(". ").append(item.title);
            if (item.presenter != null) out.append(" (đồng chí ").append(item.presenter.fullName).append(" trình bày)");
            if (item.plannedMinutes != null) out.append(" – ").append(item.plannedMinutes).append(" phút");
            out.append('\n');
        }
        return out.toString();
    }
}
