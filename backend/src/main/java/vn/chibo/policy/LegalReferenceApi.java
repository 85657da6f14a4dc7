package vn.chibo.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Bodies of the legal reference endpoints (schemas in openapi.yaml, tag policies). */
public final class LegalReferenceApi {
    private LegalReferenceApi() {}

    public record View(UUID id, String issuer, String number, LegalReference.DocType type, LocalDate issuedOn,
                       String citation) {
        public static View of(LegalReference r) {
            return r == null ? null : new View(r.id, r.issuer, r.number, r.type, r.issuedOn, r.citation);
        }
    }

    public record Create(@NotBlank @Size(max = 60) String issuer,
                         @NotBlank @Size(max = 60) @Pattern(regexp = "^[0-9]+[-/].+$") String number,
                         @NotNull LegalReference.DocType type, LocalDate issuedOn,
                         @NotBlank @Size(max = 500) String citation) {}
}
