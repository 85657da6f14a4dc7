package vn.chibo.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the minutes endpoints (schemas in openapi.yaml). */
public final class MinutesApi {
    private MinutesApi() {}

    public record CorrectionView(OffsetDateTime at, String author, String reason, String text) {}

    public record SignatureView(String role, String name, UUID memberId, OffsetDateTime signedAt) {}

    public record View(UUID meetingId, boolean approved, OffsetDateTime approvedAt, String approvedBy, String freeText,
                       String conclusions, String assembledText, long version, String number,
                       List<SignatureView> signatures, List<CorrectionView> corrections) {}

    public record Update(@NotNull @PositiveOrZero Long version, @Size(max = 100000) String freeText,
                         @Size(max = 20000) String conclusions) {}

    public record Correction(@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 20000) String text) {}
}
