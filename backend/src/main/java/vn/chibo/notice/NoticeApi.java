package vn.chibo.notice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The notice API's records (names distinct from the entities). */
public final class NoticeApi {
    private NoticeApi() {}

    public record View(UUID id, NoticeKind kind, String title, String body, String link, String objectType,
                       UUID objectId, OffsetDateTime createdAt, OffsetDateTime readAt) {}

    public record UnreadCount(long unread) {}

    /** E-mail as well as the inbox, the address used, and the version the next change is based on. */
    public record Preferences(boolean email, String emailAddress, long version) {}

    public record PreferencesUpdate(@NotNull @PositiveOrZero Long version, @NotNull Boolean email,
                                    @Email @Size(max = 320) String emailAddress) {}
}
