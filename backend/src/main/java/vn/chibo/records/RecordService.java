package vn.chibo.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Messages;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingGuard;
import vn.chibo.meeting.MeetingViews;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.security.CurrentActor;

/**
 * The minutes of a meeting: written during it, approved at its end (see {@link MinutesApproval}) and then
 * locked; later only appended corrections. Also prints minutes and resolution as PDF and DOCX.
 */
@ApplicationScoped
public class RecordService {
    private final MeetingGuard guard;
    private final MeetingViews views;
    private final RecordAssembler assembler;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final ResolutionService resolutions;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public RecordService(MeetingGuard guard, MeetingViews views, RecordAssembler assembler, PdfRenderer pdf, DocxRenderer docx,
                         ResolutionService resolutions, CurrentActor actor, AuditService audit, TimeSource time) {
        this.guard = guard;
        this.views = views;
        this.assembler = assembler;
        this.pdf = pdf;
        this.docx = docx;
        this.resolutions = resolutions;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MinutesApi.View get(UUID meetingId) {
        return view(guard.readable(meetingId));
    }

    @Transactional
    public MinutesApi.View update(UUID meetingId, MinutesApi.Update u) {
        Meeting m = guard.writable(meetingId);
        Minutes minutes = Minutes.findById(m.id);
        if (minutes != null && minutes.isApproved()) throw ApiException.conflict("minutes-locked");
        guard.requireRecordable(m);
        String freeText = Strings.blankToNull(u.freeText());
        String conclusions = Strings.blankToNull(u.conclusions());
        if (minutes == null) {
            Versions.require(u.version(), 0);
            minutes = new Minutes();
            minutes.meetingId = m.id;
        } else if (!java.util.Objects.equals(Versions.basedOn(u.version()), minutes.version)) {
            // A save resent after a lost answer finds its own text already stored: nothing to refuse.
            boolean sameAsStored = java.util.Objects.equals(minutes.freeText, freeText)
                    && java.util.Objects.equals(minutes.conclusions, conclusions);
            if (!sameAsStored) throw Versions.conflict(minutes.version);
            return view(m);
        }
        minutes.freeText = freeText;
        minutes.conclusions = conclusions;
        minutes.persistAndFlush();
        audit.record("Minutes", m.id, m.organization, "EDIT", Map.of("length",
                minutes.freeText == null ? 0 : minutes.freeText.length()));
        return view(m);
    }

    @Transactional
    public MinutesApi.View correct(UUID meetingId, MinutesApi.Correction c) {
        Meeting m = guard.writable(meetingId);
        Minutes minutes = Minutes.findById(m.id);
        if (minutes == null || !minutes.isApproved()) throw ApiException.conflict("minutes-not-approved");
        MinutesCorrection correction = new MinutesCorrection();
        correction.meetingId = m.id;
        correction.at = time.now();
        correction.author = actor.username();
        correction.reason = c.reason().trim();
        correction.text = c.text().trim();
        correction.persistAndFlush();
        audit.record("Minutes", m.id, m.organization, "CORRECT", Map.of("reason", correction.reason));
        return view(m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] minutesPdf(UUID meetingId) {
        return pdf.render(minutesDocument(meetingId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] minutesDocx(UUID meetingId) {
        return docx.render(minutesDocument(meetingId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] resolutionPdf(UUID meetingId) {
        return pdf.render(resolutionDocument(meetingId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] resolutionDocx(UUID meetingId) {
        return docx.render(resolutionDocument(meetingId));
    }

    private RecordDocument minutesDocument(UUID meetingId) {
        Meeting m = guard.readable(meetingId);
        return assembler.minutes(m, views.view(m, Messages.VIETNAMESE), Minutes.findById(m.id), corrections(m));
    }

    private RecordDocument resolutionDocument(UUID meetingId) {
        Meeting m = guard.readable(meetingId);
        return assembler.resolution(m, views.view(m, Messages.VIETNAMESE), resolutions.view(m));
    }

    MinutesApi.View view(Meeting m) {
        Minutes minutes = Minutes.findById(m.id);
        List<MinutesCorrection> corrections = corrections(m);
        RecordDocument document = assembler.minutes(m, views.view(m, Messages.VIETNAMESE), minutes, corrections);
        boolean approved = minutes != null && minutes.isApproved();
        return new MinutesApi.View(m.id, approved,
                minutes == null ? null : time.local(minutes.approvedAt), minutes == null ? null : minutes.approvedBy,
                minutes == null ? null : minutes.freeText, minutes == null ? null : minutes.conclusions,
                document.asText(), minutes == null ? 0 : minutes.version, document.header().number(),
                approved ? signatures(minutes) : List.of(),
                corrections.stream().map(c -> new MinutesApi.CorrectionView(
                        time.local(c.at), c.author, c.reason, c.text)).toList());
    }

    private List<MinutesApi.SignatureView> signatures(Minutes minutes) {
        return List.of(new MinutesApi.SignatureView(minutes.chairRole, minutes.chairName, minutes.chairMemberId,
                        time.local(minutes.approvedAt)),
                new MinutesApi.SignatureView(RecordSigners.MINUTE_TAKER, minutes.minuteTakerName,
                        minutes.minuteTakerMemberId, time.local(minutes.approvedAt)));
    }

    private List<MinutesCorrection> corrections(Meeting m) {
        return MinutesCorrection.list("meetingId = ?1 order by at", m.id);
    }

}
