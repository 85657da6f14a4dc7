package vn.chibo.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rating regulations as the migrations seed them (reference data, read on each call: a few rows). */
@ApplicationScoped
public class RegulationCatalog {
    private final EntityManager em;

    public RegulationCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Regulation> all() {
        List<Regulation> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, title, from_year, to_year, excellent_min_tasks_exceeded_pct"
                + " from rating_regulation order by from_year desc").getResultList();
        for (Object[] r : rows) {
            String code = (String) r[0];
            List<Regulation.Band> bands = new ArrayList<>();
            for (Object[] b : rows("select band_level, min_points from rating_band where regulation_code = ?1", code)) {
                bands.add(new Regulation.Band(AnnualLevel.valueOf((String) b[0]), decimal(b[1])));
            }
            bands.sort(Comparator.comparing(Regulation.Band::level));
            List<Regulation.Criterion> criteria = new ArrayList<>();
            for (Object[] c : rows("select subject_type, code, position, title, max_points from rating_criterion"
                    + " where regulation_code = ?1 order by subject_type, position", code)) {
                criteria.add(new Regulation.Criterion(SubjectType.valueOf((String) c[0]), (String) c[1],
                        ((Number) c[2]).intValue(), (String) c[3], decimal(c[4])));
            }
            out.add(new Regulation(code, (String) r[1], ((Number) r[2]).intValue(),
                    r[3] == null ? null : ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), bands, criteria));
        }
        return out;
    }

    /** The regulation in force for a rated year (QĐ 366 from 2025, QĐ 124 before). */
    public Optional<Regulation> forYear(int year) {
        return all().stream().filter(r -> r.governs(year)).findFirst();
    }

    public Regulation byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String code) {
        return em.createNativeQuery(sql).setParameter(1, code).getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
