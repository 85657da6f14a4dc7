package vn.chibo.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bodies of the import endpoints (schemas in openapi.yaml). */
public final class ImportApi {
    private ImportApi() {}

    public record FieldMessage(String field, String message) {}

    public record Row(int rowNumber, Map<String, String> values, List<FieldMessage> errors) {}

    public record Preview(UUID id, ImportKind kind, UUID organizationId, ImportBatch.Status status, String fileName,
                          int validCount, int errorCount, List<Row> rows) {}
}
