package vn.chibo.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chibo.common.ExternalIds;
import vn.chibo.organization.Organization;

/** Request and response bodies of the member endpoints (schemas in openapi.yaml). */
public final class MemberApi {
    private MemberApi() {}

    static final String CARD_PATTERN = "^[0-9A-Za-z.-]{1,20}$";

    public record OrgRef(UUID id, String name) {
        static OrgRef of(Organization org) {
            return org == null ? null : new OrgRef(org.id, org.name);
        }
    }

    public record Summary(UUID id, String fullName, Integer birthYear, Gender gender, String cardNumber,
                          LocalDate admissionDate, MemberStatus status, Attachment attachment, UUID organizationId,
                          String organizationName, List<Position> positions, long version) {}

    /**
     * The member. BR-D5: {@code email}, {@code csdlId} and {@code sotayId} are personal data, left out (and
     * {@code personalDataHidden} set) for a caller who does not keep the member's record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(UUID id, String fullName, Integer birthYear, Gender gender, String cardNumber,
                       LocalDate admissionDate, LocalDate probationEnd, LocalDate officialDate, String username,
                       String email, String csdlId, String sotayId, Boolean personalDataHidden, MemberStatus status,
                       OrgRef currentOrganization, long version, List<MembershipView> memberships,
                       List<ExemptionView> exemptions, List<PositionView> positions) {}

    public record MembershipView(UUID id, OrgRef organization, MembershipKind kind, LocalDate validFrom,
                                 LocalDate validTo, String decisionRef) {
        static MembershipView of(Membership ms) {
            return new MembershipView(ms.id, OrgRef.of(ms.organization), ms.kind, ms.validFrom, ms.validTo, ms.decisionRef);
        }
    }

    public record ExemptionView(UUID id, ExemptionReason reason, String note, String resolutionRef,
                                LocalDate validFrom, LocalDate validTo) {
        static ExemptionView of(Exemption e) {
            return new ExemptionView(e.id, e.reason, e.note, e.resolutionRef, e.validFrom, e.validTo);
        }
    }

    public record PositionView(UUID id, OrgRef organization, Position position, LocalDate validFrom, LocalDate validTo) {
        static PositionView of(PositionHeld p) {
            return new PositionView(p.id, OrgRef.of(p.organization), p.position, p.validFrom, p.validTo);
        }
    }

    public record Create(@NotBlank @Size(max = 200) String fullName,
                         @Min(1900) @Max(2100) Integer birthYear,
                         @NotNull Gender gender,
                         @Pattern(regexp = CARD_PATTERN) String cardNumber,
                         @NotNull LocalDate admissionDate,
                         LocalDate officialDate,
                         @NotNull UUID organizationId,
                         LocalDate joinedOn,
                         @Size(max = 200) String username,
                         @jakarta.validation.constraints.Email @Size(max = 320) String email,
                         @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String csdlId,
                         @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String sotayId) {}

    public record Patch(@NotNull @PositiveOrZero Long version,
                        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String fullName,
                        @Min(1900) @Max(2100) Integer birthYear,
                        Gender gender,
                        @Pattern(regexp = CARD_PATTERN) String cardNumber,
                        LocalDate admissionDate,
                        LocalDate officialDate,
                        @Size(max = 200) String username,
                        @jakarta.validation.constraints.Email @Size(max = 320) String email,
                        @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String csdlId,
                        @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String sotayId) {}

    public record Transfer(@NotNull @PositiveOrZero Long version,
                           @NotNull UUID toOrganizationId,
                           @NotNull LocalDate effectiveDate,
                           LocalDate until,
                           @NotNull MembershipKind kind,
                           @Size(max = 200) String decisionRef) {}

    public record ExemptionCreate(@NotNull @PositiveOrZero Long version,
                                  @NotNull ExemptionReason reason,
                                  @Size(max = 1000) String note,
                                  @Size(max = 200) String resolutionRef,
                                  @NotNull LocalDate validFrom,
                                  LocalDate validTo) {}

    public record PositionCreate(@NotNull @PositiveOrZero Long version,
                                 @NotNull UUID organizationId,
                                 @NotNull Position position,
                                 @NotNull LocalDate validFrom,
                                 LocalDate validTo) {}
}
