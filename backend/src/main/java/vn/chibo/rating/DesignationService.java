package vn.chibo.rating;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * "Chi bộ bốn tốt" / "Đảng bộ cơ sở bốn tốt" per year (DOMAIN.md 14.3): the upper committee records the four
 * criteria; the organisation is designated when all four are met. Recording again replaces the criteria
 * (each time audited with who decided).
 */
@ApplicationScoped
public class DesignationService implements PanacheRepositoryBase<Designation, UUID> {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public DesignationService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                              AuditService audit, TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public RatingApi.DesignationView record(UUID organizationId, int year, RatingApi.DesignationBody body) {
        Organization org = organizations.require(organizationId);
        access.requireChangeStructureAbove(org);
        if (year < 2000 || year > time.today().getYear()) throw ApiException.invalidField("year", "rating-year-future", String.valueOf(year));
        if (body.kind() == Designation.Kind.CHI_BO_BON_TOT && !org.holdsMeetings) {
            throw ApiException.invalidField("kind", "designation-kind-cell");
        }
        if (body.kind() == Designation.Kind.DANG_BO_CS_BON_TOT && org.holdsMeetings) {
            throw ApiException.invalidField("kind", "designation-kind-committee");
        }
        organizations.lockForWrite(org);
        Designation d = find("organization.id = ?1 and year = ?2 and kind = ?3", org.id, year, body.kind()).firstResult();
        boolean created = d == null;
        if (created) {
            d = new Designation();
            d.organization = org;
            d.orgPath = org.path;
            d.year = year;
            d.kind = body.kind();
        }
        d.judge(body.politicalTask(), body.meetingQuality(), body.unityDiscipline(), body.cadresMembers(), body.note(),
                time.now(), actor.username());
        if (created) persist(d);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("year", year);
        changes.put("kind", d.kind.name());
        changes.put("politicalTask", d.politicalTask);
        changes.put("meetingQuality", d.meetingQuality);
        changes.put("unityDiscipline", d.unityDiscipline);
        changes.put("cadresMembers", d.cadresMembers);
        changes.put("granted", d.granted);
        audit.record("Designation", d.id, org, created ? "DESIGNATE" : "REDESIGNATE", changes);
        flush();
        return view(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingApi.DesignationPage list(UUID organizationId, int year, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        var query = find("orgPath like ?1 and year = ?2 order by organization.nameFolded, kind, id", org.path + "%", year);
        return new RatingApi.DesignationPage(query.page(paging.page, paging.size).list().stream().map(this::view).toList(),
                paging.page, paging.size, query.count());
    }

    private RatingApi.DesignationView view(Designation d) {
        return new RatingApi.DesignationView(d.id, d.organization.id, d.organization.name, d.year, d.kind, d.politicalTask,
                d.meetingQuality, d.unityDiscipline, d.cadresMembers, d.granted, d.note, d.decidedBy,
                time.local(d.decidedAt), d.version);
    }
}
