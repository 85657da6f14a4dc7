package vn.chibo.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chibo.common.ExternalIds;

/** Request and response bodies of the organisation endpoints (schemas in openapi.yaml). */
public final class OrganizationApi {
    private OrganizationApi() {}

    public record Ref(UUID id, String name) {
        static Ref of(Organization org) {
            return new Ref(org.id, org.name);
        }
    }

    public record Summary(UUID id, String name, String shortName, String typeCode, String categoryCode,
                          UUID parentId, boolean holdsMeetings, boolean hasCommittee, int depth, int childCount,
                          LocalDate validFrom, LocalDate validTo, long version) {
        static Summary of(Organization o, int childCount) {
            return new Summary(o.id, o.name, o.shortName, o.typeCode, o.categoryCode, o.parentId, o.holdsMeetings,
                    o.hasCommittee, o.depth, childCount, o.validFrom, o.validTo, o.version);
        }
    }

    public record View(UUID id, String name, String shortName, String typeCode, String categoryCode,
                       UUID parentId, boolean holdsMeetings, boolean hasCommittee, int depth, int childCount,
                       LocalDate validFrom, LocalDate validTo, long version, String code, String csdlId,
                       String sotayId, String locality, int activeMemberCount, List<Ref> ancestors,
                       List<Lineage> lineage) {}

    public record Lineage(UUID id, LineageEventType event, LocalDate effectiveDate, String decisionRef,
                          String note, Ref fromOrganization, Ref toOrganization) {
        static Lineage of(LineageRecord l) {
            return new Lineage(l.id, l.event, l.effectiveDate, l.decisionRef, l.note, Ref.of(l.from), Ref.of(l.to));
        }
    }

    public record Create(@NotBlank @Size(max = 300) String name,
                         @Size(max = 100) String shortName,
                         @NotBlank @Size(max = 40) String typeCode,
                         @NotBlank @Size(max = 40) String categoryCode,
                         @NotNull UUID parentId,
                         Boolean holdsMeetings,
                         Boolean hasCommittee,
                         @Size(max = 60) String code,
                         LocalDate validFrom,
                         @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String csdlId,
                         @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String sotayId) {}

    public record Patch(@NotNull @PositiveOrZero Long version,
                        @Size(min = 1, max = 300) String name,
                        @Size(max = 100) String shortName,
                        @Size(min = 1, max = 40) String typeCode,
                        @Size(min = 1, max = 40) String categoryCode,
                        Boolean holdsMeetings,
                        Boolean hasCommittee,
                        @Size(max = 60) String code,
                        @Size(max = 120) String locality,
                        @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String csdlId,
                        @Pattern(regexp = ExternalIds.PATTERN_OR_EMPTY) String sotayId,
                        LocalDate effectiveDate,
                        @Size(max = 200) String decisionRef) {}

    public record Move(@NotNull @PositiveOrZero Long version, @NotNull UUID newParentId,
                       LocalDate effectiveDate, @Size(max = 200) String decisionRef) {}

    public record Close(@NotNull @PositiveOrZero Long version, @NotNull LocalDate closedOn,
                        @Size(max = 200) String decisionRef) {}

    public record Merge(@NotEmpty @Size(max = 50) List<@NotNull UUID> sourceIds,
                        UUID targetId,
                        @Valid Create newTarget,
                        @NotNull LocalDate effectiveDate,
                        @Size(max = 200) String decisionRef) {}

    public record Split(@NotNull @PositiveOrZero Long version,
                        @NotNull LocalDate effectiveDate,
                        @Size(max = 200) String decisionRef,
                        Boolean closeSource,
                        @NotEmpty @Size(max = 50) List<@Valid @NotNull SplitPart> parts) {}

    public record SplitPart(@NotBlank @Size(max = 300) String name,
                            @NotBlank @Size(max = 40) String typeCode,
                            @NotBlank @Size(max = 40) String categoryCode,
                            Boolean holdsMeetings,
                            @Size(max = 10000) List<@NotNull UUID> memberIds,
                            @Size(max = 10000) List<@NotNull UUID> childIds) {}

    public record TypeView(String code, String labelVi, String labelEn, boolean holdsMeetingsByDefault) {}

    public record CategoryView(String code, String labelVi, String labelEn) {}
}
