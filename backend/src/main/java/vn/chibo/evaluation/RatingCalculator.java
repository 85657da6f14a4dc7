package vn.chibo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes a meeting's total and rating from leaf scores, on the server only: the band of the
 * total, then the gate rule (every gate criterion at its maximum for Tốt, otherwise Khá), and the
 * reasons a person can read.
 */
public final class RatingCalculator {
    private RatingCalculator() {}

    public record Result(BigDecimal total, Rating rating, Rating bandRating, List<String> failedGates) {
        /** True when the total reached Tốt but a gate held the rating down. */
        public boolean gateLowered() {
            return bandRating == Rating.GOOD && rating != Rating.GOOD;
        }
    }

    /** Leaf scores by criterion code; a missing leaf counts as zero. */
    public static Result compute(TemplateRules rules, Map<String, BigDecimal> leafPoints) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> failedGates = new ArrayList<>();
        for (TemplateRules.Node node : rules.criteria()) {
            total = total.add(points(node, leafPoints, failedGates));
        }
        Rating band = total.compareTo(rules.goodMin()) >= 0 ? Rating.GOOD
                : total.compareTo(rules.fairMin()) >= 0 ? Rating.FAIR
                : total.compareTo(rules.averageMin()) >= 0 ? Rating.AVERAGE : Rating.POOR;
        Rating rating = band == Rating.GOOD && !failedGates.isEmpty() ? Rating.FAIR : band;
        return new Result(total, rating, band, List.copyOf(failedGates));
    }

    private static BigDecimal points(TemplateRules.Node node, Map<String, BigDecimal> leafPoints, List<String> failedGates) {
        BigDecimal points;
        if (node.isLeaf()) {
            points = leafPoints.getOrDefault(node.code(), BigDecimal.ZERO);
        } else {
            points = BigDecimal.ZERO;
            for (TemplateRules.Node child : node.children()) points = points.add(points(child, leafPoints, failedGates));
        }
        if (node.gate() && points.compareTo(node.max()) < 0) failedGates.add(node.code());
        return points;
    }
}
