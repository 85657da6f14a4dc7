package vn.chibo.documentpack;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.meeting.Meeting;
import vn.chibo.records.Minutes;
import vn.chibo.records.MinutesCorrection;
import vn.chibo.records.RecordService;
import vn.chibo.resolution.Resolution;
import vn.chibo.resolution.ResolutionKind;
import vn.chibo.storage.DocumentStore;

/**
 * The approved minutes and the resolution of a meeting as files of its pack, printed by the records' own PDF and
 * DOCX exporters. Those stamp each file with the time of printing, so every printing hashes differently: the pack
 * keeps the files it printed (in the document store) and prints again only when the records change (a correction
 * appended to approved minutes), so the same records always give the same manifest.
 */
@ApplicationScoped
class PackRecords {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A record file of the pack, stored under its SHA-256, and when it was approved (issued). */
    record StoredFile(String path, PackFileKind kind, String mediaType, long size, String sha256, Instant publishedAt) {}

    private record Spec(String path, PackFileKind kind, String mediaType, Function<UUID, byte[]> print) {}

    private final RecordService records;
    private final DocumentStore store;

    PackRecords(RecordService records, DocumentStore store) {
        this.records = records;
        this.store = store;
    }

    /**
     * None until the minutes are approved; then the minutes and, if the meeting adopted one, the resolution. Runs
     * {@code lock} (the meeting's row) before printing anything, then looks again at what another download kept.
     */
    List<StoredFile> of(Meeting m, Runnable lock) {
        Minutes minutes = Minutes.findById(m.id);
        if (minutes == null || !minutes.isApproved()) return List.of();
        String stamp = minutes.approvedAt.toEpochMilli() + "/" + MinutesCorrection.count("meetingId", m.id);
        List<Spec> specs = new ArrayList<>(List.of(
                new Spec("records/bien-ban.pdf", PackFileKind.MINUTES, PDF, records::minutesPdf),
                new Spec("records/bien-ban.docx", PackFileKind.MINUTES, DOCX, records::minutesDocx)));
        Resolution resolution = Resolution.findById(m.id);
        if (resolution != null) {
            String name = resolution.kind == ResolutionKind.CONCLUSION ? "records/ket-luan" : "records/nghi-quyet";
            specs.add(new Spec(name + ".pdf", PackFileKind.RESOLUTION, PDF, records::resolutionPdf));
            specs.add(new Spec(name + ".docx", PackFileKind.RESOLUTION, DOCX, records::resolutionDocx));
        }
        Map<String, PackRecordFile> kept = kept(m.id);
        if (specs.stream().anyMatch(spec -> !current(kept.get(spec.path()), stamp))) {
            lock.run();
            kept.putAll(kept(m.id));
        }
        List<StoredFile> out = new ArrayList<>();
        for (Spec spec : specs) {
            PackRecordFile file = kept.get(spec.path());
            if (!current(file, stamp)) file = print(m.id, spec, stamp, file);
            out.add(new StoredFile(file.path, file.kind, file.mediaType, file.sizeBytes, file.sha256, minutes.approvedAt));
        }
        return out;
    }

    private static Map<String, PackRecordFile> kept(UUID meetingId) {
        return PackRecordFile.<PackRecordFile>list("meetingId", meetingId).stream()
                .collect(Collectors.toMap(f -> f.path, f -> f));
    }

    private boolean current(PackRecordFile file, String stamp) {
        return file != null && file.sourceStamp.equals(stamp) && store.exists(file.sha256);
    }

    private PackRecordFile print(UUID meetingId, Spec spec, String stamp, PackRecordFile existing) {
        byte[] bytes = spec.print().apply(meetingId);
        PackRecordFile file = existing != null ? existing : new PackRecordFile();
        file.meetingId = meetingId;
        file.path = spec.path();
        file.kind = spec.kind();
        file.mediaType = spec.mediaType();
        file.sourceStamp = stamp;
        file.sha256 = store.store(bytes);
        file.sizeBytes = bytes.length;
        if (existing == null) file.persist();
        return file;
    }
}
