package vn.chibo.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chibo.common.ApiException;

/**
 * The rules of the annual rating, as plain functions of the regulation's data and the facts: the points of
 * a self-assessment, the band logic that blocks a level the points do not allow (BR-S3), the conditions of
 * HTXSNV that only warn (BR-S3) and the optional quota (BR-S4).
 */
public final class RatingRules {
    private RatingRules() {}

    /** A warning with the rule it comes from; the message key is the code, its arguments follow. */
    public record Finding(String code, String rule, Object... args) {}

    /** The total of a self-assessment: every criterion of the framework scored from 0 to its weight. */
    public static BigDecimal total(Regulation regulation, SubjectType type, Map<String, BigDecimal> scores) {
        List<Regulation.Criterion> criteria = regulation.criteriaFor(type);
        Set<String> known = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Regulation.Criterion c : criteria) {
            known.add(c.code());
            BigDecimal points = scores.get(c.code());
            if (points == null) throw ApiException.invalidField("scores." + c.code(), "rating-score-missing", c.title());
            if (points.signum() < 0 || points.compareTo(c.maxPoints()) > 0) {
                throw ApiException.invalidField("scores." + c.code(), "rating-score-range", c.maxPoints().stripTrailingZeros().toPlainString());
            }
            if (points.scale() > 2) throw ApiException.invalidField("scores." + c.code(), "rating-score-scale");
            total = total.add(points);
        }
        for (String code : scores.keySet()) {
            if (!known.contains(code)) {
                throw ApiException.invalidField("scores." + (code.length() > 40 ? code.substring(0, 40) : code),
                        "rating-score-unknown", String.join(", ", known.stream().sorted().toList()));
            }
        }
        return total;
    }

    /** The best level the points reach (the band they fall into). */
    public static AnnualLevel band(Regulation regulation, BigDecimal points) {
        for (AnnualLevel level : AnnualLevel.values()) {
            if (points.compareTo(regulation.minPoints(level)) >= 0) return level;
        }
        return AnnualLevel.KHTNV;
    }

    /**
     * BR-S3 band logic: a level above the band the points fall into is refused. A lower level stays possible:
     * the levels have conditions besides the points (HTXSNV's conditions, KHTNV "or other conditions").
     */
    public static void requireAllowed(Regulation regulation, BigDecimal points, AnnualLevel level, String field) {
        AnnualLevel band = band(regulation, points);
        if (level.compareTo(band) < 0) {
            Object[] args = {level.name(), regulation.minPoints(level).stripTrailingZeros().toPlainString(),
                    points.stripTrailingZeros().toPlainString(), band.name()};
            throw new ApiException(422, "rating-band", "rating-band", args,
                    List.of(new ApiException.FieldError(field, "rating-band.detail", args)), null);
        }
    }

    /** BR-S3: HTXSNV's conditions besides the points; each one unmet (or not stated) warns with its reason. */
    public static List<Finding> excellenceConditions(Regulation regulation, SubjectType type, AnnualLevel level,
                                                     Integer tasksExceededPercent, Boolean subordinateDisciplined,
                                                     Boolean shortcomingsFixed) {
        List<Finding> out = new ArrayList<>();
        if (level != AnnualLevel.HTXSNV) return out;
        int required = regulation.excellentMinTasksExceededPercent();
        if (tasksExceededPercent == null || tasksExceededPercent < required) {
            out.add(new Finding("rating-excellent-tasks", "BR-S3", required,
                    tasksExceededPercent == null ? "?" : tasksExceededPercent));
        }
        if (type == SubjectType.ORGANIZATION && !Boolean.FALSE.equals(subordinateDisciplined)) {
            out.add(new Finding("rating-excellent-discipline", "BR-S3"));
        }
        if (!Boolean.TRUE.equals(shortcomingsFixed)) out.add(new Finding("rating-excellent-shortcomings", "BR-S3"));
        return out;
    }

    /** BR-S4: members rated HTXSNV beyond the quota's share of those rated HTTNV, when the profile enables it. */
    public static Optional<Finding> quota(boolean enabled, int percent, int excellent, int good) {
        if (!enabled || (long) excellent * 100 <= (long) percent * good) return Optional.empty();
        return Optional.of(new Finding("rating-quota", "BR-S4", excellent, good, percent));
    }
}
