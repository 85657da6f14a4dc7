package vn.chibo.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Request and response bodies of the calendar feed endpoints (schemas in openapi.yaml). */
public final class CalendarFeedApi {
    private CalendarFeedApi() {}

    public record Create(@NotNull CalendarFeed.Scope scope, UUID organizationId) {}

    /**
     * One of the caller's feeds. The full address is shown to its owner, in the list too: it is theirs,
     * they may add it to a second device, and an address they cannot read again would push them to
     * create more live credentials instead of reusing one. Only the owner ever lists a feed.
     */
    public record View(String feedId, String url, CalendarFeed.Scope scope, UUID organizationId, String organizationName,
                       OffsetDateTime createdAt, OffsetDateTime lastReadAt) {}
}
