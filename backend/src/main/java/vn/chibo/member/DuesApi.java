package vn.chibo.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the party dues endpoints (schemas in openapi.yaml, tag members). */
public final class DuesApi {
    private DuesApi() {}

    /** One member's line: status null while nothing is recorded for them. */
    public record Line(UUID memberId, String fullName, DuesStatus status, String reason) {}

    /** A cell's month: its members that month, with what was recorded; version 0 while nothing is. */
    public record Sheet(UUID organizationId, String month, long version, OffsetDateTime recordedAt, String recordedBy,
                        List<Line> lines) {}

    public record LineUpdate(@NotNull UUID memberId, @NotNull DuesStatus status, @Size(max = 500) String reason) {}

    /** The whole month in one call, based on the version read (0 for a first save). */
    public record SheetUpdate(@NotNull @Min(0) Long version, @NotNull @Size(max = 2000) List<@Valid @NotNull LineUpdate> lines) {}
}
