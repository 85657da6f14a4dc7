package vn.chibo.demo;

import java.util.Set;

/**
 * The gaps a real province has, placed on purpose in named cells so every screen has something true
 * to show (DOMAIN.md 19): each constant says which cell carries which story.
 */
final class DemoScenario {
    private DemoScenario() {}

    /** bithu.an and dangvien.an: a regular meeting today, a topical session this week, a task due. */
    static final String HOME_CELL = "LCH-BL-NK";
    /** Its last regular meeting waits for the supervisor past the verification deadline. */
    static final String OVERDUE_VERIFICATION_CELL = HOME_CELL;
    /** Held a meeting three days ago: its evaluation waits for the supervisor, still on time. */
    static final String RECENT_REVIEW_CELL = "LCH-BL-NB";
    /** One member missed the last three regular meetings without a reason. */
    static final String UNEXCUSED_PATTERN_CELL = "LCH-BL-NB";
    /** Did not meet four months ago. */
    static final String MISSED_MONTH_CELL = "LCH-TD-BT";
    static final int MISSED_MONTH_AGO = 4;
    /** Handed its topical plan in after the deadline last year and has not handed this year's in. */
    static final String LATE_PLAN_CELL = "LCH-TP-TDP3";
    /** One meeting five months ago was rated Kém: short, thin attendance, no documents. */
    static final String POOR_MEETING_CELL = "LCH-TD-BH";
    static final int POOR_MEETING_AGO = 5;
    /** Met online two months ago. */
    static final String ONLINE_CELL = "LCH-UB-STP";
    static final int ONLINE_MEETING_AGO = 2;
    /** The retired members' cell of more than 30 members (the large-cell rules). */
    static final String LARGE_CELL = "LCH-TP-HT";
    static final int LARGE_CELL_SIZE = 34;
    /** The commune whose cells no supervisor visited this quarter, and whose schedule for this month is late. */
    static final String UNVISITED_COMMUNE = "LCH-TD";

    /** The home commune (canbo.xa's): sent its six-month report again with a reason; its next report is a draft. */
    static final String HOME_COMMUNE = "LCH-BL";
    static final String RESUBMITTED_REPORT_COMMITTEE = HOME_COMMUNE;
    /** Sent its latest due quarterly report three days late. */
    static final String LATE_REPORT_COMMITTEE = "LCH-TP";
    /** Has not sent its latest due quarterly report: the province sees it missing and an alert. */
    static final String MISSING_REPORT_COMMITTEE = UNVISITED_COMMUNE;

    static final Set<String> CELLS_WITH_STORIES = Set.of(HOME_CELL, RECENT_REVIEW_CELL, MISSED_MONTH_CELL,
            LATE_PLAN_CELL, POOR_MEETING_CELL, ONLINE_CELL, LARGE_CELL);
}
