package vn.chibo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BR-E2: the duration criterion scores by the template's bands, not by numbers in code. */
class AutoScorerDurationTest {

    private static EvaluationApi.Level level(int points, Integer maxShort, Integer minPercent) {
        return new EvaluationApi.Level("L" + points, BigDecimal.valueOf(points),
                minPercent == null ? null : BigDecimal.valueOf(minPercent), maxShort);
    }

    /** The shipped bands (V20): full, short by at most 15, by 15-30, at least half, less. */
    private static final List<EvaluationApi.Level> SHIPPED = List.of(level(5, 0, null), level(4, 15, null),
            level(3, 30, null), level(2, null, 50), level(1, null, null));

    private static int points(List<EvaluationApi.Level> levels, Integer minutes, int minimum) {
        return AutoScorer.byDuration(levels, minutes, minimum).intValue();
    }

    @Test
    void brE2_theShippedBandsAtTheirEdges() {
        assertEquals(5, points(SHIPPED, 90, 90));
        assertEquals(4, points(SHIPPED, 89, 90));
        assertEquals(4, points(SHIPPED, 75, 90));
        assertEquals(3, points(SHIPPED, 74, 90));
        assertEquals(3, points(SHIPPED, 60, 90));
        assertEquals(2, points(SHIPPED, 59, 90));
        assertEquals(2, points(SHIPPED, 45, 90));
        assertEquals(1, points(SHIPPED, 44, 90));
        assertEquals(1, points(SHIPPED, null, 90));
    }

    @Test
    void brE2_aTemplateWithOtherBandsScoresByThem() {
        List<EvaluationApi.Level> strict = List.of(level(5, 0, null), level(3, 10, null), level(0, null, null));
        assertEquals(3, points(strict, 110, 120));
        assertEquals(0, points(strict, 109, 120));
        List<EvaluationApi.Level> byShare = List.of(level(5, null, 100), level(2, null, 80), level(0, null, null));
        assertEquals(2, points(byShare, 96, 120));
        assertEquals(0, points(byShare, 95, 120));
    }
}
