package vn.chibo.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.evaluation.Rating;

/** Body of the dashboard's 12-month trend (schema DashboardTrend in openapi.yaml). */
public final class TrendApi {
    private TrendApi() {}

    /**
     * One month as the overview of that month shows it: cells expected to meet and those that met (BR-P1),
     * present over expected across the held cell meetings (BR-H3), the evaluations' ratings by level.
     * Rates are null when there is nothing to divide by.
     */
    public record Month(String month, int cellsExpected, int cellsMet, Double metRate, int meetings,
                        int attendanceExpected, int attendancePresent, Double attendanceRate, int evaluated,
                        Map<Rating, Integer> selfByLevel, Map<Rating, Integer> verifiedByLevel) {}

    public record Trend(UUID organizationId, String organizationName, String from, String to, List<Month> months) {}
}
