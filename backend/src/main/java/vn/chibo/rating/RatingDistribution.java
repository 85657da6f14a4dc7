package vn.chibo.rating;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.chibo.evaluation.Rating;

/**
 * BR-E8: the distribution per cell type (category, loại hình) that the upper committee reads: every cell's year of
 * monthly evaluations ({@link MonthlyFeed#months}) and its annual rating, summed by category. Plain functions.
 */
public final class RatingDistribution {
    private RatingDistribution() {}

    /**
     * One cell's year.
     *
     * @param level the level of its current annual rating's latest step; null when not rated yet
     */
    public record CellYear(String categoryCode, MonthlyFeed.Months months, AnnualLevel level) {}

    /**
     * One row per category that has cells, in the categories' order ({@code order}: code to sort position, unknown
     * codes last by code); {@code label} names a category in the caller's language.
     */
    public static List<RatingApi.DistributionCategory> byCategory(Collection<CellYear> cells, Map<String, Integer> order,
                                                                   Function<String, String> label) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (CellYear c : cells) sums.computeIfAbsent(c.categoryCode(), k -> new Sum()).add(c);
        return sums.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Sum>>comparingInt(e -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> e.getValue().row(e.getKey(), label.apply(e.getKey()))).toList();
    }

    private static final class Sum {
        int cells;
        int held;
        int notEvaluated;
        int notRated;
        final Map<Rating, Integer> byRating = new EnumMap<>(Rating.class);
        final Map<AnnualLevel, Integer> byLevel = new EnumMap<>(AnnualLevel.class);

        Sum() {
            for (Rating r : Rating.values()) byRating.put(r, 0);
            for (AnnualLevel l : AnnualLevel.values()) byLevel.put(l, 0);
        }

        void add(CellYear c) {
            cells++;
            held += c.months().held();
            notEvaluated += c.months().notEvaluated();
            c.months().byRating().forEach((r, n) -> byRating.merge(r, n, Integer::sum));
            if (c.level() == null) notRated++;
            else byLevel.merge(c.level(), 1, Integer::sum);
        }

        RatingApi.DistributionCategory row(String code, String label) {
            return new RatingApi.DistributionCategory(code, label, cells, held, byRating, notEvaluated, byLevel, notRated);
        }
    }
}
