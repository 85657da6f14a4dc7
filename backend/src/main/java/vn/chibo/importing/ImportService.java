package vn.chibo.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.FileNames;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.Messages;
import vn.chibo.common.TextFolding;
import vn.chibo.common.TimeSource;
import vn.chibo.member.MemberApi;
import vn.chibo.member.MemberService;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationApi;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * Spreadsheet import in two steps: a preview that names every bad row and writes nothing but the
 * preview itself, then a commit that writes every row or none.
 */
@ApplicationScoped
public class ImportService {
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};

    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final RowChecks checks;
    private final MemberService memberService;
    private final OrganizationService organizationService;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final ChiboConfig config;
    private final ObjectMapper json;

    public ImportService(EntityManager em, OrganizationRepository organizations, RowChecks checks,
                         MemberService memberService,
                         OrganizationService organizationService, AccessPolicy access, CurrentActor actor,
                         AuditService audit, TimeSource time, ChiboConfig config, ObjectMapper json) {
        this.em = em;
        this.organizations = organizations;
        this.checks = checks;
        this.memberService = memberService;
        this.organizationService = organizationService;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.config = config;
        this.json = json;
    }

    @Transactional
    public ImportApi.Preview preview(Path file, String fileName, ImportKind kind, UUID organizationId,
                                     Locale locale) {
        Organization org = organizations.require(organizationId);
        requireAllowed(kind, org);
        if (sizeOf(file) > config.importing().maxBytes()) {
            throw new ApiException(413, "import-too-large", "import-too-large",
                    new Object[] {config.importing().maxBytes()}, List.of(), null);
        }
        SpreadsheetReader.SheetData sheet = SpreadsheetReader.read(file, fileName,
                h -> ImportColumns.canonical(kind, h), ImportLimits.of(config.importing()));
        List<String> missing = ImportColumns.required(kind).stream().filter(c -> !sheet.columns().contains(c)).toList();
        if (!missing.isEmpty()) throw ApiException.badRequest("import-missing-columns", String.join(", ", missing));

        ImportBatch batch = new ImportBatch();
        batch.kind = kind;
        batch.organization = org;
        batch.fileName = FileNames.clean(fileName, "upload");
        batch.status = ImportBatch.Status.PREVIEW;
        batch.createdBy = actor.username();
        batch.createdAt = time.now();
        em.persist(batch);
        List<List<RowProblem>> problems = validate(batch, sheet.rows());
        for (int i = 0; i < sheet.rows().size(); i++) {
            ImportRow row = new ImportRow();
            row.batch = batch;
            row.rowNumber = sheet.rows().get(i).rowNumber();
            row.valuesJson = write(sheet.rows().get(i).values());
            row.errorsJson = write(problems.get(i));
            em.persist(row);
        }
        return view(batch, locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportApi.Preview get(UUID id, Locale locale) {
        ImportBatch batch = require(id);
        access.requireRead(batch.organization);
        return view(batch, locale);
    }

    @Transactional
    public ImportApi.Preview commit(UUID id, Locale locale) {
        ImportBatch batch = require(id);
        requireAllowed(batch.kind, batch.organization);
        if (batch.status == ImportBatch.Status.COMMITTED) throw ApiException.conflict("import-already-committed");
        List<ImportRow> rows = rowsOf(batch);
        List<SpreadsheetReader.SheetRow> sheetRows = rows.stream()
                .map(r -> new SpreadsheetReader.SheetRow(r.rowNumber, read(r.valuesJson, VALUES))).toList();
        // The data may have changed since the preview: check again, and refuse if anything is wrong now.
        List<List<RowProblem>> problems = validate(batch, sheetRows);
        long bad = problems.stream().filter(p -> !p.isEmpty()).count();
        if (bad > 0) throw ApiException.conflict("import-not-committable", bad);
        if (batch.kind == ImportKind.MEMBERS) {
            sheetRows.forEach(row -> memberService.create(memberCommand(batch, row.values())));
        } else {
            Map<String, UUID> created = new HashMap<>();
            for (SpreadsheetReader.SheetRow row : sheetRows) {
                OrganizationApi.View org = organizationService.create(organizationCommand(batch, row.values(), created));
                created.put(TextFolding.fold(org.name()), org.id());
                if (org.code() != null) created.put(TextFolding.fold(org.code()), org.id());
            }
        }
        batch.status = ImportBatch.Status.COMMITTED;
        em.flush();
        audit.record("Import", batch.id, batch.organization, "COMMIT", Map.of("kind", batch.kind.name(),
                "rows", rows.size(), "fileName", batch.fileName));
        return view(batch, locale);
    }

    // ---- validation ----

    private List<List<RowProblem>> validate(ImportBatch batch, List<SpreadsheetReader.SheetRow> rows) {
        List<List<RowProblem>> all = new ArrayList<>();
        Map<String, Integer> cardsSeen = new HashMap<>();
        Map<String, Boolean> namesInFile = new HashMap<>();
        for (SpreadsheetReader.SheetRow row : rows) {
            List<RowProblem> problems = new ArrayList<>();
            RowValues values = new RowValues(row.values(), problems);
            if (batch.kind == ImportKind.MEMBERS) {
                validateMember(batch, row, values, cardsSeen);
            } else {
                validateOrganization(batch, row, values, namesInFile);
            }
            all.add(problems);
        }
        return all;
    }

    private void validateMember(ImportBatch batch, SpreadsheetReader.SheetRow row, RowValues values,
                                Map<String, Integer> cardsSeen) {
        RowChecks.MemberFields fields = checks.member(values);
        checks.cardFree(values, fields.cardNumber(), null, cardsSeen, row.rowNumber());
        String place = values.text(ImportColumns.ORGANIZATION, false, 300);
        Organization cell = place == null ? batch.organization : findInSubtree(batch.organization, place).orElse(null);
        if (cell == null) {
            values.problem(ImportColumns.ORGANIZATION, "row.unknown-organization", place);
        } else {
            checks.openCell(values, ImportColumns.ORGANIZATION, cell);
        }
    }

    private void validateOrganization(ImportBatch batch, SpreadsheetReader.SheetRow row, RowValues values,
                                      Map<String, Boolean> namesInFile) {
        RowChecks.OrganizationFields fields = checks.organization(values);
        String parent = values.text(ImportColumns.PARENT, false, 300);
        if (parent != null && !namesInFile.containsKey(TextFolding.fold(parent))
                && findInSubtree(batch.organization, parent).isEmpty()) {
            values.problem(ImportColumns.PARENT, "row.unknown-organization", parent);
        }
        if (fields.name() != null) namesInFile.put(TextFolding.fold(fields.name()), true);
        if (fields.code() != null) namesInFile.put(TextFolding.fold(fields.code()), true);
    }

    // ---- commands for commit ----

    private MemberApi.Create memberCommand(ImportBatch batch, Map<String, String> values) {
        RowValues row = new RowValues(values, new ArrayList<>());
        RowChecks.MemberFields fields = checks.member(row);
        String place = row.text(ImportColumns.ORGANIZATION, false, 300);
        Organization cell = place == null ? batch.organization : findInSubtree(batch.organization, place).orElseThrow();
        return new MemberApi.Create(fields.fullName(), fields.birthYear(), fields.gender(), fields.cardNumber(),
                fields.admissionDate(), fields.officialDate(), cell.id, null, null, null, null, null);
    }

    private OrganizationApi.Create organizationCommand(ImportBatch batch, Map<String, String> values,
                                                       Map<String, UUID> created) {
        RowValues row = new RowValues(values, new ArrayList<>());
        RowChecks.OrganizationFields fields = checks.organization(row);
        String parentName = row.text(ImportColumns.PARENT, false, 300);
        UUID parentId = batch.organization.id;
        if (parentName != null) {
            UUID fromFile = created.get(TextFolding.fold(parentName));
            parentId = fromFile != null ? fromFile : findInSubtree(batch.organization, parentName).orElseThrow().id;
        }
        return new OrganizationApi.Create(fields.name(), null, fields.type().code, fields.category().code, parentId,
                fields.type().holdsMeetingsByDefault, false, fields.code(), null, null, null);
    }

    // ---- helpers ----

    private void requireAllowed(ImportKind kind, Organization org) {
        if (kind == ImportKind.MEMBERS) {
            access.requireChangeMembers(org);
        } else {
            access.requireChangeStructure(org);
        }
    }

    private Optional<Organization> findInSubtree(Organization root, String nameOrCode) {
        String folded = TextFolding.fold(nameOrCode);
        return organizations.find("path like ?1 and validTo is null and (nameFolded = ?2 or lower(code) = ?2)",
                root.path + "%", folded).firstResultOptional();
    }

    private ImportBatch require(UUID id) {
        ImportBatch batch = id == null ? null : em.find(ImportBatch.class, id);
        if (batch == null) throw ApiException.notFound("entity.import");
        return batch;
    }

    private List<ImportRow> rowsOf(ImportBatch batch) {
        return em.createQuery("select r from ImportRow r where r.batch = :batch order by r.rowNumber", ImportRow.class)
                .setParameter("batch", batch).getResultList();
    }

    private ImportApi.Preview view(ImportBatch batch, Locale locale) {
        List<ImportApi.Row> rows = new ArrayList<>();
        int errors = 0;
        for (ImportRow row : rowsOf(batch)) {
            List<ImportApi.FieldMessage> messages = read(row.errorsJson, PROBLEMS).stream()
                    .map(p -> new ImportApi.FieldMessage(p.field(), Messages.get(locale, p.key(), p.args().toArray())))
                    .toList();
            if (!messages.isEmpty()) errors++;
            rows.add(new ImportApi.Row(row.rowNumber, new LinkedHashMap<>(read(row.valuesJson, VALUES)), messages));
        }
        return new ImportApi.Preview(batch.id, batch.kind, batch.organization.id, batch.status, batch.fileName,
                rows.size() - errors, errors, rows);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
