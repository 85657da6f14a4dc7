package vn.chibo.policy;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;

/** The catalogue of legal references (BR-D6): shared by the whole tree, written by committee staff. */
@ApplicationScoped
public class LegalReferenceService {
    private final AuditService audit;
    private final TimeSource time;

    public LegalReferenceService(AuditService audit, TimeSource time) {
        this.audit = audit;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<LegalReferenceApi.View> list(String q, PageRequest paging) {
        String where = q == null || q.isBlank() ? "1 = 1" : "lower(number) like :q or lower(citation) like :q";
        Parameters params = q == null || q.isBlank() ? new Parameters() : Parameters.with("q", "%" + q.trim().toLowerCase() + "%");
        var items = LegalReference.<LegalReference>find(where + " order by issuedOn desc nulls last, number, id", params)
                .page(paging.page, paging.size).list().stream().map(LegalReferenceApi.View::of).toList();
        return new PageResult<>(items, paging.page, paging.size, LegalReference.count(where, params));
    }

    @Transactional
    public LegalReferenceApi.View create(LegalReferenceApi.Create c) {
        if (c.issuedOn() != null && c.issuedOn().isAfter(time.today())) {
            throw ApiException.invalidField("issuedOn", "date-in-future");
        }
        // The key (issuer, number, type, date): a missing date is one value, which the database's unique key
        // (NULLs distinct) would not see.
        String key = "issuer = :issuer and number = :number and type = :type and "
                + (c.issuedOn() == null ? "issuedOn is null" : "issuedOn = :issuedOn");
        Parameters params = Parameters.with("issuer", c.issuer().trim()).and("number", c.number().trim()).and("type", c.type());
        if (c.issuedOn() != null) params.and("issuedOn", c.issuedOn());
        if (LegalReference.count(key, params) > 0) throw ApiException.conflict("legal-reference-exists", c.number().trim());
        return LegalReferenceApi.View.of(add(new LegalCitations.Citation(c.issuer().trim(), c.number().trim(), c.type(),
                c.issuedOn(), c.citation().trim()), "CREATE"));
    }

    /**
     * BR-D6: the reference a free-text legal basis is mainly based on ({@link LegalCitations#main}), taken from the
     * catalogue or added to it; null when the text cites no numbered document. A citation without a day matches the
     * one reference of that number, if there is only one (numbers restart every year, so two need the day).
     */
    public LegalReference resolve(String field, String legalBasis) {
        Optional<LegalCitations.Citation> main;
        try {
            main = LegalCitations.main(LegalCitations.parse(legalBasis));
        } catch (LegalCitations.InvalidDate e) {
            throw ApiException.invalidField(field, "legal-basis-date", e.text);
        }
        if (main.isEmpty()) return null;
        LegalCitations.Citation c = main.get();
        if (c.issuedOn() != null && c.issuedOn().isAfter(time.today())) {
            throw ApiException.invalidField(field, "date-in-future");
        }
        List<LegalReference> same = LegalReference.list("issuer = ?1 and number = ?2 and type = ?3",
                c.issuer(), c.number(), c.type());
        Optional<LegalReference> known = c.issuedOn() != null
                ? same.stream().filter(r -> c.issuedOn().equals(r.issuedOn)).findFirst()
                : same.size() == 1 ? Optional.of(same.get(0)) : same.stream().filter(r -> r.issuedOn == null).findFirst();
        return known.orElseGet(() -> add(c, "PARSE"));
    }

    private LegalReference add(LegalCitations.Citation c, String action) {
        LegalReference r = new LegalReference();
        r.issuer = c.issuer();
        r.number = c.number();
        r.type = c.type();
        r.issuedOn = c.issuedOn();
        r.citation = c.citation();
        r.createdAt = time.now();
        r.persist();
        audit.record("LegalReference", r.id, null, action, Map.of("number", r.number, "type", r.type.name(),
                "issuedOn", String.valueOf(r.issuedOn)));
        return r;
    }

    /** For policies and templates that cite one: the reference, or a 400 naming the field. */
    public LegalReference require(String field, UUID id) {
        LegalReference r = LegalReference.findById(id);
        if (r == null) throw ApiException.invalidField(field, "legal-reference-unknown");
        return r;
    }
}
