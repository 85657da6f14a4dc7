package vn.chibo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chibo.demo.PlannedMeeting.Deviation;
import vn.chibo.demo.PlannedMeeting.Quality;
import vn.chibo.demo.PlannedMeeting.Review;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingType;

/**
 * The demo's plan at three days of the year (no database): every demo role has something to do, the
 * named stories are there, and no meeting breaks a rule the product enforces.
 */
class DemoMeetingPlannerTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long SEED = 2025;
    private static final List<String> CELLS = List.of("LCH-BL-NK", "LCH-BL-NB", "LCH-BL-PP", "LCH-TD-BH", "LCH-TD-BT",
            "LCH-TP-TDP3", "LCH-TP-TDP5", "LCH-TP-HT", "LCH-UB-STP", "LCH-UB-BV", "LCH-DL-TD", "LCH-CHE");

    private static List<DemoRoster> province(LocalDate today) {
        List<DemoRoster> cells = new ArrayList<>();
        for (int c = 0; c < CELLS.size(); c++) {
            String code = CELLS.get(c);
            int size = code.equals(DemoScenario.LARGE_CELL) ? DemoScenario.LARGE_CELL_SIZE : 8 + c;
            List<DemoRoster.Person> people = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String login = !code.equals(DemoScenario.HOME_CELL) ? null : i == 0 ? "bithu.an" : i == 3 ? "dangvien.an" : null;
                // One member joined in the middle of the year; one is exempt.
                LocalDate joined = i == size - 1 ? today.minusMonths(5) : today.minusYears(3);
                people.add(new DemoRoster.Person(new UUID(c, i), "Đảng viên " + c + "-" + i, joined, i == size - 2, login));
            }
            String supervisor = code.startsWith("LCH-BL-") ? "giamsat" : "uyvien.tinh";
            cells.add(new DemoRoster(code, "Chi bộ " + code, supervisor, "bithu." + code, code.contains("-TD") || code.contains("-BL"),
                    people));
        }
        return cells;
    }

    private static DemoMeetingPlanner.Plan plan(LocalDate today) {
        return new DemoMeetingPlanner(SEED, today, VIETNAM).plan(province(today));
    }

    private static LocalDate day(PlannedMeeting m) {
        return m.start().atZone(VIETNAM).toLocalDate();
    }

    private static List<PlannedMeeting> of(DemoMeetingPlanner.Plan plan, String cell) {
        return plan.meetings().stream().filter(m -> m.cellCode().equals(cell)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-07-01", "2026-12-06"})
    void theSameSeedAndDayGiveTheSamePlan(String date) {
        LocalDate today = LocalDate.parse(date);
        assertEquals(plan(today), plan(today));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-07-01", "2026-12-06"})
    void theSecretaryHasAMeetingToHoldTodayAndOneToPrepareThisWeekWithDocuments(String date) {
        LocalDate today = LocalDate.parse(date);
        List<PlannedMeeting> home = of(plan(today), DemoScenario.HOME_CELL);
        assertTrue(home.stream().anyMatch(m -> m.type() == MeetingType.REGULAR && day(m).equals(today) && !m.held()));
        PlannedMeeting thisWeek = home.stream().filter(m -> day(m).isAfter(today) && !day(m).isAfter(today.plusDays(7)))
                .findFirst().orElseThrow();
        Instant published = thisWeek.start().minus(Duration.ofHours(thisWeek.documentsLeadHours()));
        assertTrue(published.isBefore(today.atStartOfDay(VIETNAM).toInstant()), "documents already published");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-07-01", "2026-12-06"})
    void theMemberHasATaskDueSoon(String date) {
        LocalDate today = LocalDate.parse(date);
        UUID member = new UUID(CELLS.indexOf(DemoScenario.HOME_CELL), 3);
        assertTrue(of(plan(today), DemoScenario.HOME_CELL).stream().flatMap(m -> m.tasks().stream())
                .anyMatch(t -> t.assigneeId().equals(member) && t.status().isOpen() && !t.due().isBefore(today)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-07-01", "2026-12-06"})
    void theSupervisorHasOneEvaluationWaitingOnTimeAndOneOverdue(String date) {
        LocalDate today = LocalDate.parse(date);
        DemoMeetingPlanner.Plan plan = plan(today);
        assertTrue(of(plan, DemoScenario.OVERDUE_VERIFICATION_CELL).stream().anyMatch(m -> m.review() == Review.SUBMITTED
                && m.deviations().contains(Deviation.OVERDUE_VERIFICATION) && day(m).isBefore(today.minusDays(7))));
        assertTrue(of(plan, DemoScenario.RECENT_REVIEW_CELL).stream().anyMatch(m -> m.review() == Review.SUBMITTED
                && !day(m).isBefore(today.minusDays(7))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-07-01", "2026-12-06"})
    void theNamedStoriesAreThere(String date) {
        LocalDate today = LocalDate.parse(date);
        DemoMeetingPlanner.Plan plan = plan(today);
        YearMonth missed = YearMonth.from(today).minusMonths(DemoScenario.MISSED_MONTH_AGO);
        assertTrue(of(plan, DemoScenario.MISSED_MONTH_CELL).stream()
                .noneMatch(m -> m.type() == MeetingType.REGULAR && YearMonth.from(day(m)).equals(missed)));
        assertTrue(of(plan, DemoScenario.POOR_MEETING_CELL).stream().anyMatch(m -> m.quality() == Quality.POOR));
        assertTrue(of(plan, DemoScenario.ONLINE_CELL).stream().anyMatch(m -> m.mode() == MeetingMode.ONLINE && m.held()));
        long unexcusedMeetings = of(plan, DemoScenario.UNEXCUSED_PATTERN_CELL).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.held() && day(m).isAfter(today.minusMonths(3)))
                .filter(m -> m.attendance().stream().anyMatch(a -> a.memberId().equals(new UUID(1, 4))
                        && a.status() == AttendanceStatus.ABSENT_UNEXCUSED)).count();
        assertTrue(unexcusedMeetings >= 2, "unexcused pattern: " + unexcusedMeetings);
        Set<Quality> qualities = plan.meetings().stream().filter(PlannedMeeting::evaluated).map(PlannedMeeting::quality)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Quality.class)));
        assertEquals(EnumSet.allOf(Quality.class), qualities);
        assertTrue(plan.meetings().stream().anyMatch(m -> m.type() == MeetingType.FORUM && m.held()));
        assertTrue(plan.meetings().stream().anyMatch(m -> m.visitedBy() != null));
    }

    /** The rules the product refuses (or that would be mistakes in a record), checked on every planned meeting. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-07-01", "2026-12-06"})
    void noPlannedMeetingBreaksABlockingRule(String date) {
        LocalDate today = LocalDate.parse(date);
        DemoMeetingPlanner.Plan plan = plan(today);
        Map<String, DemoRoster> rosters = province(today).stream().collect(Collectors.toMap(DemoRoster::code, r -> r));
        Map<String, Integer> regularsPerMonth = new HashMap<>();
        Map<UUID, Integer> excusedInARow = new HashMap<>();
        for (PlannedMeeting m : plan.meetings()) {
            String where = m.key();
            if (m.type() == MeetingType.REGULAR) regularsPerMonth.merge(m.cellCode() + YearMonth.from(day(m)), 1, Integer::sum);
            assertEquals(m.held(), day(m).isBefore(today), where + ": held exactly when past");
            assertTrue(m.held() || (m.attendance().isEmpty() && m.tasks().isEmpty() && m.review() == Review.NONE), where);
            if (m.held() && m.type() != MeetingType.COMMITTEE) {
                Set<UUID> expected = rosters.get(m.cellCode()).expected(day(m)).stream().map(DemoRoster.Person::id)
                        .collect(Collectors.toSet());
                assertEquals(expected, m.attendance().stream().map(PlannedMeeting.Presence::memberId)
                        .collect(Collectors.toSet()), where + ": everyone expected is recorded, nobody else");
                assertFalse(m.speakers().isEmpty(), where);
                assertTrue(m.heldMinutes() > 0, where);
            }
            if (!m.tasks().isEmpty()) assertEquals(MeetingType.REGULAR, m.type(), where + ": tasks come from resolutions");
            if (m.type() == MeetingType.REGULAR || m.type() == MeetingType.TOPICAL) {
                for (PlannedMeeting.Presence a : m.attendance()) {
                    int run = a.status() == AttendanceStatus.ABSENT_EXCUSED ? excusedInARow.merge(a.memberId(), 1, Integer::sum) : 0;
                    if (run == 0) excusedInARow.put(a.memberId(), 0);
                    assertTrue(run <= 3, where + ": more than three excused absences in a row");
                }
            }
        }
        regularsPerMonth.forEach((month, count) -> assertEquals(1, count, month + ": one regular meeting a month"));
    }
}
