package vn.chibo.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * A regulation on the annual rating as data (BR-S3): the years it governs, the lowest points of each level
 * and the criteria with their weights for each kind of subject.
 *
 * @param excellentMinTasksExceededPercent the share of tasks exceeded that HTXSNV asks for (30)
 */
public record Regulation(String code, String title, int fromYear, Integer toYear, int excellentMinTasksExceededPercent,
                         List<Band> bands, List<Criterion> criteria) {

    /** The lowest points of a level. */
    public record Band(AnnualLevel level, BigDecimal minPoints) {}

    public record Criterion(SubjectType subjectType, String code, int position, String title, BigDecimal maxPoints) {}

    public boolean governs(int year) {
        return fromYear <= year && (toYear == null || year <= toYear);
    }

    public List<Criterion> criteriaFor(SubjectType type) {
        return criteria.stream().filter(c -> c.subjectType() == type).toList();
    }

    public BigDecimal minPoints(AnnualLevel level) {
        return bands.stream().filter(b -> b.level() == level).map(Band::minPoints).findFirst().orElse(BigDecimal.ZERO);
    }
}
