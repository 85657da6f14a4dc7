package vn.chibo.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Party dues recorded by a cell month by month (DOMAIN.md 18.6 PartyFee), the facts of BR-H6's unpaid months. */
@ApplicationScoped
public class DuesService {
    static final String ENTITY = "DuesMonth";

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public DuesService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor, AuditService audit,
                       TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DuesApi.Sheet get(UUID organizationId, YearMonth month) {
        Organization cell = requireCell(organizationId);
        access.requireRead(cell);
        return sheet(cell, month, find(cell, month));
    }

    @Transactional
    public DuesApi.Sheet record(UUID organizationId, YearMonth month, DuesApi.SheetUpdate update) {
        Organization cell = requireCell(organizationId);
        access.requireChangeMembers(cell);
        if (month.isAfter(YearMonth.from(time.today()))) throw ApiException.invalidField("month", "dues-month-future", month);
        DuesMonth sheet = DuesMonth.<DuesMonth>find("organization = ?1 and period = ?2", cell, month.toString())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        Versions.require(update.version(), sheet == null ? 0 : sheet.version);
        Map<UUID, Member> roster = roster(cell, month);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < update.lines().size(); i++) {
            DuesApi.LineUpdate line = update.lines().get(i);
            if (!roster.containsKey(line.memberId())) {
                throw ApiException.invalidField("lines[" + i + "].memberId", "dues-not-in-cell", month);
            }
            if (!seen.add(line.memberId())) throw ApiException.invalidField("lines[" + i + "].memberId", "dues-duplicate");
            if (line.status() == DuesStatus.EXEMPT && Strings.blankToNull(line.reason()) == null) {
                throw ApiException.invalidField("lines[" + i + "].reason", "dues-exempt-reason");
            }
        }
        if (sheet == null) {
            sheet = new DuesMonth();
            sheet.organization = cell;
            sheet.period = month.toString();
        }
        sheet.version++;
        sheet.recordedAt = time.now();
        sheet.recordedBy = actor.username();
        if (!sheet.isPersistent()) sheet.persist();
        Map<UUID, DuesEntry> entries = entries(sheet);
        Map<String, Object> changes = new LinkedHashMap<>();
        for (DuesApi.LineUpdate line : update.lines()) {
            DuesEntry e = entries.get(line.memberId());
            if (e == null) {
                e = new DuesEntry();
                e.duesMonthId = sheet.id;
                e.memberId = line.memberId();
            } else if (e.status == line.status()) {
                e.reason = Strings.blankToNull(line.reason());
                continue;
            }
            changes.put(line.memberId().toString(), line.status());
            e.status = line.status();
            e.reason = Strings.blankToNull(line.reason());
            if (!e.isPersistent()) e.persist();
        }
        DuesMonth.flush();
        changes.put("month", month.toString());
        audit.record(ENTITY, sheet.id, cell, "RECORD", changes);
        return sheet(cell, month, sheet);
    }

    private Organization requireCell(UUID organizationId) {
        Organization org = organizations.require(organizationId);
        if (!org.holdsMeetings) throw ApiException.badRequest("dues-not-a-cell");
        return org;
    }

    private static DuesMonth find(Organization cell, YearMonth month) {
        return DuesMonth.find("organization = ?1 and period = ?2", cell, month.toString()).firstResult();
    }

    private static Map<UUID, DuesEntry> entries(DuesMonth sheet) {
        Map<UUID, DuesEntry> out = new HashMap<>();
        if (sheet == null) return out;
        for (DuesEntry e : DuesEntry.<DuesEntry>list("duesMonthId", sheet.id)) out.put(e.memberId, e);
        return out;
    }

    /** Members of the cell at any time in the month. */
    private static Map<UUID, Member> roster(Organization cell, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<UUID, Member> out = new LinkedHashMap<>();
        for (Member m : Member.<Member>list("select distinct ms.member from Membership ms where ms.organization = ?1"
                + " and ms.validFrom <= ?2 and (ms.validTo is null or ms.validTo >= ?3)", cell, last, first)) {
            out.put(m.id, m);
        }
        return out;
    }

    private DuesApi.Sheet sheet(Organization cell, YearMonth month, DuesMonth sheet) {
        Map<UUID, DuesEntry> entries = entries(sheet);
        Map<UUID, Member> roster = roster(cell, month);
        List<DuesApi.Line> lines = roster.values().stream().sorted(Comparator.comparing((Member m) -> m.nameSortKey)
                .thenComparing(m -> m.id)).map(m -> {
                    DuesEntry e = entries.get(m.id);
                    return new DuesApi.Line(m.id, m.fullName, e == null ? null : e.status, e == null ? null : e.reason);
                }).toList();
        return new DuesApi.Sheet(cell.id, month.toString(), sheet == null ? 0 : sheet.version,
                sheet == null ? null : time.local(sheet.recordedAt), sheet == null ? null : sheet.recordedBy, lines);
    }
}
