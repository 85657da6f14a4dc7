package vn.chibo.importing;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import vn.chibo.common.ExternalIds;

/**
 * Bodies of the sync endpoints (issue 13, BR-D4): records of a national system upserted by their identifier in
 * it. The fields are those of the spreadsheet import, as text where the import reads text, so one check refuses a
 * bad value the same way in both, row by row, instead of the whole call failing to parse.
 */
public final class SyncApi {
    private SyncApi() {}

    /** ALL_OR_NOTHING: any bad row and nothing is saved. PER_ROW: every good row is saved, each on its own. */
    public enum Mode { ALL_OR_NOTHING, PER_ROW }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERROR }

    /**
     * One member of the national system. Optional fields left out keep what the record has. {@code joinedOn}: since
     * when the member is in the cell, for a new member (default: the admission date, as the national record lists
     * the member there without a date) or one moving to another cell (default: today).
     */
    public record MemberItem(String externalId, String fullName, Integer birthYear, String gender, String cardNumber,
                             String admissionDate, String officialDate, String joinedOn, String cellExternalId,
                             UUID cellId) {}

    /** One organisation. Without a parent, a new one goes directly under the organisation synchronised. */
    public record OrganizationItem(String externalId, String name, String typeCode, String categoryCode, String code,
                                   String parentExternalId, UUID parentId) {}

    public record MemberSync(@NotNull ExternalIds.ExternalSystem scheme, @NotNull Mode mode,
                             @NotNull List<@NotNull MemberItem> items) {}

    public record OrganizationSync(@NotNull ExternalIds.ExternalSystem scheme, @NotNull Mode mode,
                                   @NotNull List<@NotNull OrganizationItem> items) {}

    /** {@code index} counts the request's items from 0; {@code id} is the record's, when there is one. */
    public record Row(int index, String externalId, Outcome outcome, UUID id, List<ImportApi.FieldMessage> errors) {}

    public record Totals(int created, int updated, int unchanged, int error) {}

    public record Report(UUID organizationId, ExternalIds.ExternalSystem scheme, Mode mode, Totals totals,
                         List<Row> rows) {}
}
