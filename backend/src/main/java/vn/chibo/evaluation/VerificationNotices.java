package vn.chibo.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingNotices;
import vn.chibo.notice.NoticeDraft;
import vn.chibo.notice.NoticeKind;
import vn.chibo.notice.NoticeOutbox;
import vn.chibo.notice.NoticeRecipient;
import vn.chibo.supervision.CellSupervisors;

/** Verification asked for (to the supervisors who may verify) and given (to whoever submitted the evaluation). */
@ApplicationScoped
public class VerificationNotices {
    private static final String OBJECT = "EVALUATION";

    private final NoticeOutbox outbox;
    private final TimeSource time;
    private final CellSupervisors supervisors;

    public VerificationNotices(NoticeOutbox outbox, TimeSource time, CellSupervisors supervisors) {
        this.supervisors = supervisors;
        this.outbox = outbox;
        this.time = time;
    }

    /** To the cell's supervisors on the meeting day (CellSupervisors): those {@code verify} accepts. */
    void requested(Meeting m, Evaluation e) {
        List<NoticeRecipient> verifiers = supervisors.of(m.organization, time.dateOf(m.scheduledStart)).stream()
                .map(NoticeRecipient::login).toList();
        outbox.post(draft(NoticeKind.VERIFICATION_REQUESTED, m, "/verifications/" + m.id,
                Messages.get(Messages.VIETNAMESE, "rating." + e.selfRating.name())), verifiers);
    }

    void verified(Meeting m, Evaluation e) {
        result(m, e, Messages.get(Messages.VIETNAMESE, "notice.verified",
                Messages.get(Messages.VIETNAMESE, "rating." + e.verifiedRating.name())));
    }

    void returned(Meeting m, Evaluation e) {
        result(m, e, Messages.get(Messages.VIETNAMESE, "notice.returned", e.returnReason));
    }

    private void result(Meeting m, Evaluation e, String outcome) {
        if (e.submittedBy == null) return;
        outbox.post(draft(NoticeKind.VERIFICATION_RESULT, m, "/meetings/" + m.id + "/evaluation", outcome),
                List.of(NoticeRecipient.login(e.submittedBy)));
    }

    private NoticeDraft draft(NoticeKind kind, Meeting m, String path, String detail) {
        return new NoticeDraft(kind, OBJECT, m.id, path, m.organization.name, MeetingNotices.typeLabel(m),
                NoticeDraft.day(m.scheduledStart, time.zone()), detail);
    }
}
