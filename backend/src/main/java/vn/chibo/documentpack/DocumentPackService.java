package vn.chibo.documentpack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.EntityTags;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.AgendaItem;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocument;
import vn.chibo.meeting.MeetingGuard;
import vn.chibo.organization.Organization;
import vn.chibo.security.CurrentActor;
import vn.chibo.storage.DocumentStore;

/**
 * A meeting's document pack for the Sổ tay đảng viên app (BR-M4, BR-R5): its published documents, its agenda and,
 * once the minutes are approved, the minutes and resolution as PDF and DOCX, with a manifest; and the postings of
 * the pack an integration client reports.
 *
 * <p>The manifest hash ({@code manifestSha256}) is the SHA-256 of the manifest's content (everything but its
 * generation time and the postings) written as compact JSON. Every content the app produces for a meeting is kept
 * (once per distinct content), and a posting must name one of them: the current pack or an earlier one.
 */
@ApplicationScoped
public class DocumentPackService {
    static final String FORMAT = "chibo-document-pack/1";
    static final String MARKDOWN = "text/markdown; charset=UTF-8";

    /** The pack to send: its manifest, the tag of its content, and the files to stream after the manifest. */
    public record Pack(String fileName, String etag, byte[] manifest, Instant generatedAt, List<Entry> entries) {}

    /** A file of the pack: from the document store (its {@code sha256}) or made now ({@code bytes}). */
    public record Entry(String path, String sha256, byte[] bytes, Instant time) {}

    private final MeetingGuard guard;
    private final DocumentStore store;
    private final PackRecords records;
    private final TimeSource time;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final AuditService audit;

    public DocumentPackService(MeetingGuard guard, DocumentStore store, PackRecords records, TimeSource time,
                               ObjectMapper json, CurrentActor actor, AuditService audit) {
        this.guard = guard;
        this.store = store;
        this.records = records;
        this.time = time;
        this.json = json;
        this.actor = actor;
        this.audit = audit;
    }

    /**
     * Gathers the pack of a meeting. Writes only what the pack needs to stay the same for the same records (the
     * printed minutes and resolution, a manifest hash not seen before), and only then locks the meeting's row, so
     * that two first downloads do not print or record twice while repeated downloads never wait.
     */
    @Transactional
    public Pack pack(UUID meetingId) {
        Meeting m = guard.readable(meetingId);
        Runnable lock = () -> Meeting.getEntityManager().lock(m, LockModeType.PESSIMISTIC_WRITE);
        List<DocumentPackApi.FileEntry> files = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int n = 1;
        // Every stored meeting document is published (it is published on upload; a withdrawn one is deleted).
        for (MeetingDocument d : MeetingDocument.<MeetingDocument>list("meetingId = ?1 order by publishedAt, id", m.id)) {
            if (!store.exists(d.sha256)) throw ApiException.notFound("entity.document");
            String path = String.format("documents/%02d-%s", n++, d.fileName);
            files.add(new DocumentPackApi.FileEntry(path, PackFileKind.DOCUMENT, d.contentType, d.sizeBytes, d.sha256,
                    time.local(d.publishedAt)));
            entries.add(new Entry(path, d.sha256, null, d.publishedAt));
        }
        byte[] agenda = AgendaText.render(m, time.local(m.scheduledStart),
                AgendaItem.<AgendaItem>list("meetingId = ?1 order by position", m.id)).getBytes(StandardCharsets.UTF_8);
        Instant agendaTime = m.notifiedAt != null ? m.notifiedAt : m.scheduledStart;
        files.add(new DocumentPackApi.FileEntry("agenda.md", PackFileKind.AGENDA, MARKDOWN, agenda.length, sha256(agenda),
                time.local(m.notifiedAt)));
        entries.add(new Entry("agenda.md", null, agenda, agendaTime));
        PackPhase phase = PackPhase.of(m.status);
        for (PackRecords.StoredFile r : records.of(m, lock)) {
            files.add(new DocumentPackApi.FileEntry(r.path(), r.kind(), r.mediaType(), r.size(), r.sha256(),
                    time.local(r.publishedAt())));
            entries.add(new Entry(r.path(), r.sha256(), null, r.publishedAt()));
        }
        Organization org = m.organization;
        DocumentPackApi.Content content = new DocumentPackApi.Content(FORMAT,
                new DocumentPackApi.MeetingPart(m.id, m.type, m.title, time.local(m.scheduledStart), m.place, m.status),
                new DocumentPackApi.OrganizationPart(org.id, org.name, org.csdlId, org.sotayId), phase, files);
        String sha256 = sha256(write(content));
        remember(m.id, sha256, phase, lock);
        List<DocumentPackApi.PostingView> postings = PackPosting.<PackPosting>list("meetingId = ?1 order by postedAt, id",
                m.id).stream().map(this::view).toList();
        Instant now = time.now();
        byte[] manifest = write(DocumentPackApi.Manifest.of(content, sha256, time.local(now), postings));
        String etag = EntityTags.of((sha256 + new String(write(postings), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return new Pack("goi-tai-lieu-" + m.id + ".zip", etag, manifest, now, entries);
    }

    /**
     * The zip: manifest.json first, then the files in the manifest's order; entries dated by their publication. Each
     * stored file is copied from the store's stream into its entry, so no file is held in memory whole.
     */
    public void write(Pack pack, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "manifest.json", pack.generatedAt());
            zip.write(pack.manifest());
            zip.closeEntry();
            for (Entry e : pack.entries()) {
                put(zip, e.path(), e.time());
                if (e.sha256() != null) store.copyTo(e.sha256(), zip);
                else zip.write(e.bytes());
                zip.closeEntry();
            }
        }
    }

    private static void put(ZipOutputStream zip, String path, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setLastModifiedTime(FileTime.from(at)); // the app's clock, never the machine's
        zip.putNextEntry(entry);
    }

    /**
     * Records that the pack named by its manifest hash was posted. The time may not be in the future (by the app's
     * clock) and the hash must be one the app produced for this meeting; the posting counts for that pack's phase.
     */
    @Transactional
    public DocumentPackApi.PostingView post(UUID meetingId, DocumentPackApi.PostingCreate body) {
        Meeting m = guard.writable(meetingId); // also marks the meeting's view stale: it shows the latest postings
        Instant postedAt = body.postedAt().toInstant();
        if (postedAt.isAfter(time.now())) throw ApiException.invalidField("postedAt", "pack-posted-in-future");
        PackManifestRow manifest = PackManifestRow.<PackManifestRow>find("meetingId = ?1 and sha256 = ?2", m.id,
                body.manifestSha256()).firstResult();
        if (manifest == null) throw ApiException.invalidField("manifestSha256", "pack-manifest-unknown");
        PackPosting p = new PackPosting();
        p.meetingId = m.id;
        p.system = body.system();
        p.phase = manifest.phase;
        p.manifestSha256 = manifest.sha256;
        p.postedAt = postedAt;
        p.externalRef = body.externalRef() == null || body.externalRef().isBlank() ? null : body.externalRef().trim();
        p.recordedAt = time.now();
        p.recordedBy = actor.username();
        p.persist();
        // The latest posting per phase on the meeting's row, with plain SQL so the meeting's version stays.
        String column = p.phase == PackPhase.BEFORE_MEETING ? "packPostedBeforeAt" : "packPostedAfterAt";
        Meeting.getEntityManager().createQuery("update Meeting m set m." + column + " = :at where m.id = :id"
                        + " and (m." + column + " is null or m." + column + " < :at)")
                .setParameter("at", postedAt).setParameter("id", m.id).executeUpdate();
        audit.record("DocumentPackPosting", p.id, m.organization, "RECORD", Map.of("meetingId", m.id.toString(),
                "system", p.system.name(), "phase", p.phase.name(), "manifestSha256", p.manifestSha256,
                "postedAt", postedAt.toString()));
        return view(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<DocumentPackApi.PostingView> postings(UUID meetingId, PageRequest paging) {
        Meeting m = guard.readable(meetingId);
        var query = PackPosting.<PackPosting>find("meetingId = ?1 order by postedAt desc, id", m.id);
        List<DocumentPackApi.PostingView> items = query.page(paging.page, paging.size).list().stream()
                .map(this::view).toList();
        return new PageResult<>(items, paging.page, paging.size, query.count());
    }

    private void remember(UUID meetingId, String sha256, PackPhase phase, Runnable lock) {
        if (known(meetingId, sha256)) return;
        lock.run();
        if (known(meetingId, sha256)) return; // recorded by a download that held the lock first
        PackManifestRow row = new PackManifestRow();
        row.meetingId = meetingId;
        row.sha256 = sha256;
        row.phase = phase;
        row.firstGeneratedAt = time.now();
        row.persist();
    }

    private static boolean known(UUID meetingId, String sha256) {
        return PackManifestRow.count("meetingId = ?1 and sha256 = ?2", meetingId, sha256) > 0;
    }

    private DocumentPackApi.PostingView view(PackPosting p) {
        return new DocumentPackApi.PostingView(p.id, p.system, p.phase, time.local(p.postedAt), p.manifestSha256,
                p.externalRef, time.local(p.recordedAt), p.recordedBy);
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
