package vn.chibo.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ApiException;

/** The rating rules on the regulation's data: band logic (BR-S3), HTXSNV's conditions, the quota (BR-S4). */
class RatingRulesTest {
    private static final Regulation QD366 = new Regulation("QD366", "QĐ 366", 2025, null, 30,
            List.of(new Regulation.Band(AnnualLevel.HTXSNV, new BigDecimal("90")),
                    new Regulation.Band(AnnualLevel.HTTNV, new BigDecimal("70")),
                    new Regulation.Band(AnnualLevel.HTNV, new BigDecimal("50")),
                    new Regulation.Band(AnnualLevel.KHTNV, BigDecimal.ZERO)),
            List.of(new Regulation.Criterion(SubjectType.MEMBER, "A", 1, "A", new BigDecimal("60")),
                    new Regulation.Criterion(SubjectType.MEMBER, "B", 2, "B", new BigDecimal("40"))));

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    @Test
    void brS3TheBandOfThePointsAtEachBoundary() {
        assertEquals(AnnualLevel.HTXSNV, RatingRules.band(QD366, points("90")));
        assertEquals(AnnualLevel.HTTNV, RatingRules.band(QD366, points("89.99")));
        assertEquals(AnnualLevel.HTTNV, RatingRules.band(QD366, points("70")));
        assertEquals(AnnualLevel.HTNV, RatingRules.band(QD366, points("69.99")));
        assertEquals(AnnualLevel.HTNV, RatingRules.band(QD366, points("50")));
        assertEquals(AnnualLevel.KHTNV, RatingRules.band(QD366, points("49.99")));
    }

    @Test
    void brS3ALevelAboveTheBandIsBlockedNamingTheRuleAndALowerOneIsAllowed() {
        RatingRules.requireAllowed(QD366, points("90"), AnnualLevel.HTXSNV, "level");
        ApiException refused = assertThrows(ApiException.class,
                () -> RatingRules.requireAllowed(QD366, points("89.99"), AnnualLevel.HTXSNV, "level"));
        assertEquals(422, refused.status());
        assertEquals("rating-band", refused.code());
        assertEquals("level", refused.fieldErrors().get(0).field());
        assertThrows(ApiException.class, () -> RatingRules.requireAllowed(QD366, points("49.99"), AnnualLevel.HTNV, "level"));
        RatingRules.requireAllowed(QD366, points("95"), AnnualLevel.HTTNV, "level");
        RatingRules.requireAllowed(QD366, points("10"), AnnualLevel.KHTNV, "level");
    }

    @Test
    void brS3TheBandsAreTheRegulationsDataNotConstants() {
        Regulation stricter = new Regulation("X", "X", 2030, null, 30,
                List.of(new Regulation.Band(AnnualLevel.HTXSNV, points("95")), new Regulation.Band(AnnualLevel.HTTNV, points("70")),
                        new Regulation.Band(AnnualLevel.HTNV, points("50")), new Regulation.Band(AnnualLevel.KHTNV, BigDecimal.ZERO)),
                List.of());
        assertEquals(AnnualLevel.HTTNV, RatingRules.band(stricter, points("94.99")));
        assertThrows(ApiException.class, () -> RatingRules.requireAllowed(stricter, points("94"), AnnualLevel.HTXSNV, "level"));
    }

    @Test
    void brS3HtxsnvConditionsWarnWithTheirReasonAndOnlyForHtxsnv() {
        List<RatingRules.Finding> none = RatingRules.excellenceConditions(QD366, SubjectType.ORGANIZATION, AnnualLevel.HTXSNV,
                30, false, true);
        assertTrue(none.isEmpty());
        List<RatingRules.Finding> all = RatingRules.excellenceConditions(QD366, SubjectType.ORGANIZATION, AnnualLevel.HTXSNV,
                29, true, false);
        assertEquals(List.of("rating-excellent-tasks", "rating-excellent-discipline", "rating-excellent-shortcomings"),
                all.stream().map(RatingRules.Finding::code).toList());
        assertTrue(all.stream().allMatch(f -> f.rule().equals("BR-S3")));
        // Discipline of subordinates is a condition of collectives only.
        assertTrue(RatingRules.excellenceConditions(QD366, SubjectType.MEMBER, AnnualLevel.HTXSNV, 40, null, true).isEmpty());
        assertTrue(RatingRules.excellenceConditions(QD366, SubjectType.ORGANIZATION, AnnualLevel.HTTNV, 0, true, false).isEmpty());
    }

    @Test
    void brS4TheQuotaWarnsJustAboveItsShareAndOnlyWhenEnabled() {
        assertTrue(RatingRules.quota(true, 20, 1, 5).isEmpty());
        assertEquals("BR-S4", RatingRules.quota(true, 20, 2, 9).orElseThrow().rule());
        assertTrue(RatingRules.quota(true, 20, 2, 10).isEmpty());
        assertTrue(RatingRules.quota(false, 20, 9, 1).isEmpty());
    }

    @Test
    void theSelfAssessmentTotalsEveryCriterionWithinItsWeight() {
        assertEquals(points("99.5"), RatingRules.total(QD366, SubjectType.MEMBER, Map.of("A", points("60"), "B", points("39.5"))));
        assertEquals("scores.B", assertThrows(ApiException.class,
                () -> RatingRules.total(QD366, SubjectType.MEMBER, Map.of("A", points("60")))).fieldErrors().get(0).field());
        assertEquals("scores.A", assertThrows(ApiException.class, () -> RatingRules.total(QD366, SubjectType.MEMBER,
                Map.of("A", points("60.01"), "B", points("1")))).fieldErrors().get(0).field());
        assertEquals("scores.C", assertThrows(ApiException.class, () -> RatingRules.total(QD366, SubjectType.MEMBER,
                Map.of("A", points("1"), "B", points("1"), "C", points("1")))).fieldErrors().get(0).field());
    }
}
