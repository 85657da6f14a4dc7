package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.notice.NoticeDraft;
import vn.chibo.notice.NoticeKind;
import vn.chibo.notice.NoticeOutbox;
import vn.chibo.notice.NoticeRecipient;
import vn.chibo.security.AppointmentRepository;
import vn.chibo.supervision.CellSupervisors;

/**
 * The notices a meeting sends (BR-M3, BR-M4, BR-R5): to every expected member (by login, or by e-mail when they
 * have none) and to the cell's upper-level supervisors on the meeting day; its published records also to the
 * committee above. Written in the caller's
 * transaction through the notice outbox.
 */
@ApplicationScoped
public class MeetingNotices {
    static final String OBJECT = "MEETING";

    private final MeetingRoster roster;
    private final NoticeOutbox outbox;
    private final TimeSource time;
    private final CellSupervisors supervisors;
    private final AppointmentRepository appointments;

    public MeetingNotices(MeetingRoster roster, NoticeOutbox outbox, TimeSource time, CellSupervisors supervisors,
                          AppointmentRepository appointments) {
        this.supervisors = supervisors;
        this.appointments = appointments;
        this.roster = roster;
        this.outbox = outbox;
        this.time = time;
    }

    /** The notice of time, place and content; returns the number of people it reaches. */
    public int meetingNotice(Meeting m) {
        String agenda = AgendaItem.<AgendaItem>list("meetingId = ?1 order by position", m.id).stream()
                .map(a -> "- " + a.title).collect(Collectors.joining("\n"));
        return outbox.post(new NoticeDraft(NoticeKind.MEETING_NOTICE, OBJECT, m.id, "/meetings/" + m.id,
                m.organization.name, typeLabel(m), day(m), hour(m),
                m.place == null || m.place.isBlank() ? Messages.get(Messages.VIETNAMESE, "notice.no-place") : m.place,
                agenda.isEmpty() ? Messages.get(Messages.VIETNAMESE, "notice.no-agenda") : agenda), recipients(m));
    }

    /** A document of the meeting is published: the same people are told where to read it (the preparation step). */
    public int documentsPublished(Meeting m, String fileName) {
        return outbox.post(new NoticeDraft(NoticeKind.MEETING_DOCUMENTS, OBJECT, m.id, "/meetings/" + m.id + "/preparation",
                m.organization.name, typeLabel(m), day(m), hour(m), fileName), recipients(m));
    }

    /**
     * BR-R5: the final records are published and sent up: the members and the cell's supervisors, and the staff of
     * the committee above the cell today, are told where to read the minutes and the resolution.
     */
    public int recordsPublished(Meeting m) {
        List<NoticeRecipient> to = recipients(m);
        if (m.organization.parentId != null) {
            appointments.staffOf(m.organization.parentId, time.today(), time.today())
                    .forEach(u -> to.add(NoticeRecipient.login(u)));
        }
        return outbox.post(new NoticeDraft(NoticeKind.MEETING_RECORDS, OBJECT, m.id, "/meetings/" + m.id + "/minutes",
                m.organization.name, typeLabel(m), day(m), hour(m)), to);
    }

    /** The expected members on the meeting day and the cell's supervisors that day (CellSupervisors). */
    List<NoticeRecipient> recipients(Meeting m) {
        LocalDate day = time.dateOf(m.scheduledStart);
        List<NoticeRecipient> out = new ArrayList<>();
        roster.on(m.organization, day).expected().forEach(e ->
                out.add(NoticeRecipient.member(e.member().username, e.member().email)));
        supervisors.of(m.organization, day).forEach(u -> out.add(NoticeRecipient.login(u)));
        return out;
    }

    private String day(Meeting m) {
        return NoticeDraft.day(m.scheduledStart, time.zone());
    }

    private String hour(Meeting m) {
        return NoticeDraft.time(m.scheduledStart, time.zone());
    }

    /** The meeting type as the notices name it ("sinh hoạt thường kỳ"). */
    public static String typeLabel(Meeting m) {
        return Messages.get(Messages.VIETNAMESE, "notice.meeting-type." + m.type.name());
    }
}
