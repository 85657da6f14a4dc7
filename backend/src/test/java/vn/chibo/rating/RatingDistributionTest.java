package vn.chibo.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.evaluation.Rating;

/** BR-E8: the cells' years summed by cell type for the upper committee. */
class RatingDistributionTest {
    private static MonthlyFeed.Months months(Rating... ratings) {
        List<MonthlyFeed.RegularMeeting> meetings = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            meetings.add(new MonthlyFeed.RegularMeeting(LocalDate.of(2026, i + 1, 15), ratings[i], null));
        }
        return MonthlyFeed.months(meetings);
    }

    @Test
    void brE8_cellsAreSummedByCategoryInTheCategoriesOrderWithTheirLevels() {
        List<RatingDistribution.CellYear> cells = List.of(
                new RatingDistribution.CellYear("CO_QUAN", months(Rating.AVERAGE), null),
                new RatingDistribution.CellYear("THON_BAN_TDP", months(Rating.GOOD, Rating.FAIR, null), AnnualLevel.HTTNV),
                new RatingDistribution.CellYear("THON_BAN_TDP", months(Rating.GOOD), AnnualLevel.HTXSNV),
                new RatingDistribution.CellYear("THON_BAN_TDP", months(), AnnualLevel.HTTNV));
        List<RatingApi.DistributionCategory> rows = RatingDistribution.byCategory(cells,
                Map.of("THON_BAN_TDP", 40, "CO_QUAN", 50), code -> "label " + code);
        assertEquals(List.of("THON_BAN_TDP", "CO_QUAN"), rows.stream().map(RatingApi.DistributionCategory::categoryCode).toList());
        RatingApi.DistributionCategory village = rows.get(0);
        assertEquals("label THON_BAN_TDP", village.categoryLabel());
        assertEquals(3, village.cells());
        assertEquals(4, village.regularMonthsHeld());
        assertEquals(Map.of(Rating.GOOD, 2, Rating.FAIR, 1, Rating.AVERAGE, 0, Rating.POOR, 0), village.monthsByRating());
        assertEquals(1, village.monthsNotEvaluated());
        assertEquals(Map.of(AnnualLevel.HTXSNV, 1, AnnualLevel.HTTNV, 2, AnnualLevel.HTNV, 0, AnnualLevel.KHTNV, 0),
                village.cellsByLevel());
        assertEquals(0, village.cellsNotRated());
        RatingApi.DistributionCategory agency = rows.get(1);
        assertEquals(1, agency.cells());
        assertEquals(1, agency.monthsByRating().get(Rating.AVERAGE));
        assertEquals(1, agency.cellsNotRated());
    }

    @Test
    void brE8_aCategoryWithoutCellsIsLeftOutAndAnUnknownOneComesLast() {
        List<RatingApi.DistributionCategory> rows = RatingDistribution.byCategory(List.of(
                new RatingDistribution.CellYear("MOI", months(), null),
                new RatingDistribution.CellYear("XA", months(), null)), Map.of("XA", 10, "PHUONG", 20), code -> code);
        assertEquals(List.of("XA", "MOI"), rows.stream().map(RatingApi.DistributionCategory::categoryCode).toList());
    }
}
