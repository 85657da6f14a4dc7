package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.DomainEventType;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.FileNames;
import vn.chibo.common.TimeSource;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.CurrentActor;
import vn.chibo.storage.DocumentStore;
import vn.chibo.storage.MissingStoredFile;

/**
 * Meeting documents: checked by size (policy) and by content (PDF, DOCX, JPEG, PNG, whatever the
 * file name says), stored once under their SHA-256, published with a timestamp.
 */
@ApplicationScoped
public class DocumentService {
    private static final List<Kind> KINDS = List.of(
            new Kind(".pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            new Kind(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new byte[] {'P', 'K', 3, 4}),
            new Kind(".jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Kind(".jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Kind(".png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

    private record Kind(String extension, String contentType, byte[] magic) {}

    /** A stored document ready to send: its content is a stream from the store, closed once sent. */
    public record Download(String fileName, long size, InputStream content) {}

    private final MeetingGuard guard;
    private final PolicyService policies;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final DocumentStore store;
    private final MeetingNotices notices;
    private final MeetingChanges changes;

    public DocumentService(MeetingGuard guard, PolicyService policies, CurrentActor actor, AuditService audit,
                           TimeSource time, DocumentStore store, MeetingNotices notices, MeetingChanges changes) {
        this.notices = notices;
        this.changes = changes;
        this.guard = guard;
        this.policies = policies;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.store = store;
    }

    @Transactional
    public MeetingApi.DocumentView upload(UUID meetingId, Path upload, String fileName, DocumentKind kind) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        PolicyProfile policy = policies.pinnedOrInForce(m.policyProfileId, m.organization, time.dateOf(m.scheduledStart));
        long size = sizeOf(upload);
        if (size > policy.maxDocumentBytes) {
            throw new ApiException(413, "document-too-large", "document-too-large",
                    new Object[] {policy.maxDocumentBytes / (1024 * 1024)}, List.of(), null);
        }
        if (size == 0) throw ApiException.invalidField("file", "document-empty");
        Kind type = recognise(upload, fileName);
        String sha256 = store.store(upload);
        MeetingDocument d = new MeetingDocument();
        d.meetingId = m.id;
        d.kind = kind != null ? kind : DocumentKind.MATERIAL;
        d.fileName = FileNames.clean(fileName, "document");
        d.contentType = type.contentType();
        d.sizeBytes = size;
        d.sha256 = sha256;
        d.publishedAt = time.now();
        d.publishedBy = actor.username();
        d.persist();
        audit.record("MeetingDocument", d.id, m.organization, "PUBLISH", Map.of("meetingId", m.id.toString(),
                "fileName", d.fileName, "sha256", sha256));
        notices.documentsPublished(m, d.fileName); // BR-M4: published means the members are told where to read it
        changes.announce(m, DomainEventType.DOCUMENTS_PUBLISHED, Map.of("documentId", d.id, "documentKind",
                d.kind.name(), "fileName", d.fileName, "publishedAt", time.local(d.publishedAt).toString()));
        var deadline = m.scheduledStart.minus(java.time.Duration.ofDays(policy.documentLeadDays));
        return new MeetingApi.DocumentView(d.id, d.kind, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                time.local(d.publishedAt), d.publishedBy, d.publishedAt.isAfter(deadline));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID meetingId, UUID documentId) {
        Meeting m = guard.readable(meetingId);
        MeetingDocument d = MeetingDocument.find("id = ?1 and meetingId = ?2", documentId, m.id).firstResult();
        if (d == null) throw ApiException.notFound("entity.document");
        try {
            return new Download(d.fileName, d.sizeBytes, store.open(d.sha256));
        } catch (MissingStoredFile e) {
            throw ApiException.notFound("entity.document");
        }
    }

    @Transactional
    public void withdraw(UUID meetingId, UUID documentId) {
        Meeting m = guard.writable(meetingId);
        guard.requireRecordable(m);
        MeetingDocument d = MeetingDocument.find("id = ?1 and meetingId = ?2", documentId, m.id).firstResult();
        if (d == null) throw ApiException.notFound("entity.document");
        d.delete();
        audit.record("MeetingDocument", documentId, m.organization, "WITHDRAW", Map.of("fileName", d.fileName));
    }

    private Kind recognise(Path upload, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(upload)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw ApiException.badRequest("import-unreadable");
        }
        for (Kind kind : KINDS) {
            if (name.endsWith(kind.extension()) && startsWith(head, read, kind.magic())) return kind;
        }
        throw new ApiException(415, "document-type", "document-type", new Object[0], List.of(), null);
    }

    private static long sizeOf(Path upload) {
        try {
            return Files.size(upload);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        if (read < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
        return true;
    }
}
