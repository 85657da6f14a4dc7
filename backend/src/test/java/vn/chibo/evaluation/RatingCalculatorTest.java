package vn.chibo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingCalculatorTest {
    /** Five criteria of 20 points; criteria 1, 2, 4 and 5 are gates, as in the Lai Châu sheet. */
    private static final TemplateRules FIVE = new TemplateRules(bd("100"), bd("90"), bd("70"), bd("50"), List.of(
            node("1", "20", true), node("2", "20", true), node("3", "20", false), node("4", "20", true),
            node("5", "20", true)));

    private static TemplateRules.Node node(String code, String max, boolean gate) {
        return new TemplateRules.Node(code, bd(max), gate, List.of());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static RatingCalculator.Result score(String... points) {
        Map<String, BigDecimal> leaves = new HashMap<>();
        for (int i = 0; i < points.length; i++) leaves.put(String.valueOf(i + 1), bd(points[i]));
        return RatingCalculator.compute(FIVE, leaves);
    }

    @Test
    void bandBoundariesAreInclusiveAtTheLowerEdge() {
        assertEquals(Rating.FAIR, score("20", "20", "9.99", "20", "20").rating());
        assertEquals(Rating.GOOD, score("20", "20", "10", "20", "20").rating());
        assertEquals(Rating.AVERAGE, score("20", "20", "0", "9.99", "20").bandRating());
        assertEquals(Rating.FAIR, score("20", "20", "0", "10", "20").bandRating());
        assertEquals(Rating.POOR, score("20", "20", "0", "0", "9.99").bandRating());
        assertEquals(Rating.AVERAGE, score("20", "20", "0", "0", "10").bandRating());
    }

    @Test
    void brE3_eachGateBelowItsMaximumTurnsGoodIntoFair() {
        for (int gate : new int[] {1, 2, 4, 5}) {
            String[] points = {"20", "20", "20", "20", "20"};
            points[gate - 1] = "19";
            RatingCalculator.Result result = score(points);
            assertEquals(Rating.FAIR, result.rating(), "gate " + gate);
            assertEquals(List.of(String.valueOf(gate)), result.failedGates());
            assertTrue(result.gateLowered());
        }
        assertEquals(Rating.GOOD, score("20", "20", "10", "20", "20").rating());
    }

    @Test
    void brE3_theSeedsCaseTotalAboveNinetyWithGatesBelowMaximumIsFair() {
        RatingCalculator.Result result = score("18", "19", "20", "17", "16");
        assertEquals(bd("90"), result.total());
        assertEquals(Rating.FAIR, result.rating());
        assertEquals(List.of("1", "2", "4", "5"), result.failedGates());
    }

    @Test
    void brE4_aParentIsTheSumOfItsChildrenAndMayBeAGate() {
        TemplateRules rules = new TemplateRules(bd("10"), bd("9"), bd("7"), bd("5"), List.of(
                new TemplateRules.Node("2", bd("5"), true, List.of(node("2.1", "4", false), node("2.2", "1", false))),
                node("3", "5", false)));
        RatingCalculator.Result result = RatingCalculator.compute(rules, Map.of("2.1", bd("4"), "2.2", bd("0"), "3", bd("5")));
        assertEquals(bd("9"), result.total());
        assertEquals(Rating.FAIR, result.rating());
        assertEquals(List.of("2"), result.failedGates());
    }

    @Test
    void invalidTemplatesAreNamed() {
        TemplateRules overlapping = new TemplateRules(bd("100"), bd("70"), bd("90"), bd("50"), FIVE.criteria());
        assertEquals("template-bands", overlapping.validate().get(0).key());
        TemplateRules short1 = new TemplateRules(bd("100"), bd("90"), bd("70"), bd("50"), FIVE.criteria().subList(0, 4));
        assertEquals("template-total", short1.validate().get(0).key());
        assertTrue(FIVE.validate().isEmpty());
    }
}
