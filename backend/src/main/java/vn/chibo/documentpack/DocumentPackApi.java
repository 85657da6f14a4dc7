package vn.chibo.documentpack;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;

/** The document pack's manifest and its postings as the API shows them. */
public final class DocumentPackApi {
    private DocumentPackApi() {}

    /** A posting reported by the integration client: when the pack named by its manifest hash was posted. */
    public record PostingCreate(@NotNull PostingSystem system, @NotNull OffsetDateTime postedAt,
                                @NotNull @Pattern(regexp = "^[0-9a-f]{64}$") String manifestSha256,
                                @Size(max = 200) String externalRef) {}

    public record PostingView(UUID id, PostingSystem system, PackPhase phase, OffsetDateTime postedAt,
                              String manifestSha256, String externalRef, OffsetDateTime recordedAt, String recordedBy) {}

    /** The meeting as the pack names it: no people beyond what its documents already carry. */
    public record MeetingPart(UUID id, MeetingType type, String title, OffsetDateTime start, String place,
                              MeetingStatus status) {}

    public record OrganizationPart(UUID id, String name, String csdlId, String sotayId) {}

    public record FileEntry(String path, PackFileKind kind, String mediaType, long size, String sha256,
                            OffsetDateTime publishedAt) {}

    /** What the manifest hash covers: everything in the manifest but its generation time and the postings. */
    public record Content(String format, MeetingPart meeting, OrganizationPart organization, PackPhase phase,
                          List<FileEntry> files) {}

    /** manifest.json. */
    public record Manifest(String format, MeetingPart meeting, OrganizationPart organization, PackPhase phase,
                           List<FileEntry> files, String manifestSha256, OffsetDateTime generatedAt,
                           List<PostingView> postings) {
        static Manifest of(Content c, String sha256, OffsetDateTime generatedAt, List<PostingView> postings) {
            return new Manifest(c.format(), c.meeting(), c.organization(), c.phase(), c.files(), sha256, generatedAt,
                    postings);
        }
    }
}
