package vn.chibo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.Quarters;
import vn.chibo.demo.PlannedMeeting.Deviation;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.evaluation.EvaluationScore;
import vn.chibo.organization.Organization;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.report.ReportDueDates;
import vn.chibo.report.ReportPeriod;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsAdmin;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.AsSupervisor;
import vn.chibo.testing.RecordText;

/**
 * The living demo as a newcomer meets it on a given day: loaded on start with its year of history, in
 * a database of its own, and read through the API as each demo account. One subclass per day of the
 * year the issue names (6 December, 15 January, 1 July), each with its own clock and database.
 */
abstract class LivingDemoChecks extends ApiTest {
    /** The living demo loaded as of a day at noon in Vietnam, in a database and file store of its own. */
    abstract static class LivingDemoAt implements QuarkusTestProfile {
        private final String day;

        LivingDemoAt(String day) {
            this.day = day;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chibo.demo-history", "true",
                    "chibo.clock-start", day + "T05:00:00Z",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-living-" + day + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                    "chibo.storage.dir", "target/demo-living-files-" + day);
        }
    }

    /** What each warning of the product means in the demo plan's words; no other warning may appear. */
    private static final Map<String, Deviation> NAMED_WARNINGS = Map.of(
            "attendance-below-target", Deviation.LOW_ATTENDANCE,
            "unexcused-absence", Deviation.UNEXCUSED_ABSENCE,
            "speaking-below-target", Deviation.LOW_SPEAKING,
            "duration-below-minimum", Deviation.SHORT_DURATION,
            "no-pre-meeting", Deviation.NO_PRE_MEETING,
            "draft-resolution-missing", Deviation.NO_DOCUMENTS,
            "preparer-not-assigned-by-secretary", Deviation.PREPARER_NOT_ASSIGNED,
            "next-month-clause-without-task", Deviation.NEXT_MONTH_WITHOUT_TASK,
            "records-not-published", Deviation.LATE_PUBLICATION,
            "records-published-late", Deviation.LATE_PUBLICATION);

    private static final String TAMPERED = vn.chibo.common.Messages.get(vn.chibo.common.Messages.VIETNAMESE,
            "evaluation.tampered").substring(0, 12);

    @Inject
    DemoHistory history;

    @Inject
    ChiboConfig config;

    @Inject
    PolicyService policies;

    @Test
    @AsSecretaryAn
    void theSecretaryHasAMeetingTodayToHoldAndOneThisWeekToPrepare() {
        List<LocalDate> days = api().queryParam("size", 200).get("/api/v1/me/meetings").then().statusCode(200).extract()
                .jsonPath().getList("items.scheduledStart", String.class).stream().map(s -> OffsetDateTime.parse(s).toLocalDate()).toList();
        LocalDate today = time.today();
        assertTrue(days.contains(today), "a meeting today: " + days);
        assertTrue(days.stream().anyMatch(d -> d.isAfter(today) && !d.isAfter(today.plusDays(7))), "one this week: " + days);
    }

    @Test
    @AsMemberAn
    void theMemberHasDocumentsToReadAndATaskDue() {
        JsonPath meetings = api().queryParam("size", 200).get("/api/v1/me/meetings").then().statusCode(200).extract().jsonPath();
        assertTrue(!meetings.getList("items.documents.flatten()").isEmpty(), "documents to read");
        JsonPath tasks = api().queryParam("size", 200).get("/api/v1/me/tasks").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> open = tasks.<Map<String, Object>>getList("items").stream()
                .filter(t -> Set.of("IN_PROGRESS", "NOT_STARTED").contains(t.get("status")))
                .filter(t -> !LocalDate.parse((String) t.get("dueDate")).isBefore(time.today())).toList();
        assertTrue(!open.isEmpty(), "a task due");
    }

    /** The approved meetings of a cell of these types, in date order. */
    private static List<UUID> approvedMeetings(UUID cell, vn.chibo.meeting.MeetingType... types) {
        return QuarkusTransaction.requiringNew().call(() -> vn.chibo.meeting.Meeting
                .<vn.chibo.meeting.Meeting>list("organization.id = ?1 and status = ?2 and type in ?3 order by scheduledStart",
                        cell, vn.chibo.meeting.MeetingStatus.APPROVED, List.of(types))
                .stream().map(m -> m.id).toList());
    }

    /** BR-M2, BR-R4, BR-R5: most held meetings show the preparer's assignment, next-month tasks and the publication. */
    @Test
    @AsCommuneStaff
    void mostHeldMeetingsShowTheirPreparerAssignmentTasksAndPublication() {
        UUID cell = org("LCH-BL-NK");
        List<UUID> held = approvedMeetings(cell, vn.chibo.meeting.MeetingType.REGULAR);
        int assigned = 0;
        int published = 0;
        int linked = 0;
        for (UUID id : held) {
            JsonPath view = api().get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath();
            if (view.get("preparerAssignment") != null) assigned++;
            if (view.get("publication.publishedAt") != null) published++;
            JsonPath resolution = api().get("/api/v1/meetings/{id}/resolution", id).then().statusCode(200).extract().jsonPath();
            if (resolution.getList("sections.findAll { it.nextMonth }").size() == 1
                    && !resolution.getList("tasks.findAll { it.sectionId != null && it.dueDate != null }").isEmpty()) linked++;
        }
        assertTrue(held.size() > 6, "held " + held.size());
        assertTrue(assigned * 3 > held.size() && published * 2 > held.size() && linked * 2 > held.size(),
                "of " + held.size() + ": assigned " + assigned + ", published " + published + ", next-month tasks " + linked);
    }

    @Test
    @AsSupervisor
    void theSupervisorHasEvaluationsWaitingOneOfThemOverdue() {
        int overdue = api().get("/api/v1/me/verifications?overdue=true").then().statusCode(200).extract().path("total");
        int waiting = api().get("/api/v1/me/verifications?overdue=false").then().statusCode(200).extract().path("total");
        assertTrue(overdue > 0 && waiting > 0, "waiting and overdue: " + waiting + ", " + overdue);
    }

    @Test
    @AsCommuneStaff
    void theDemosApprovedMinutesAreNumberedAndSignedAsAnApprovalWould() {
        UUID cell = org("LCH-BL-NK");
        List<UUID> approved = approvedMeetings(cell, vn.chibo.meeting.MeetingType.values());
        assertTrue(!approved.isEmpty(), "approved meetings in Nà Khoang");
        api().get("/api/v1/meetings/{id}/minutes", approved.getLast()).then().statusCode(200)
                .body("number", org.hamcrest.Matchers.matchesPattern("\\d{2,}-BB/CB"))
                .body("signatures[0].role", org.hamcrest.Matchers.matchesPattern("T/M CHI (BỘ|ỦY)\nBÍ THƯ"))
                .body("assembledText", org.hamcrest.Matchers.containsString("Bình Lư, ngày "));
    }

    /** The approved meetings of a cell held this year, in date order: their records are numbered in this year's series. */
    private List<vn.chibo.meeting.Meeting> approvedThisYear(UUID cell) {
        int year = time.today().getYear();
        return QuarkusTransaction.requiringNew().call(() -> vn.chibo.meeting.Meeting
                .<vn.chibo.meeting.Meeting>list("organization.id = ?1 and status = ?2 order by scheduledStart", cell,
                        vn.chibo.meeting.MeetingStatus.APPROVED).stream()
                .filter(m -> time.dateOf(m.scheduledStart).getYear() == year).toList());
    }

    /** The demo meeting's minutes and resolution as printed (PDF and DOCX read back): number, layout, signatures. */
    @Test
    @AsCommuneStaff
    void theDemoMeetingsMinutesAndResolutionPrintTheirNumbersTheLayoutAndTheSignatures() throws Exception {
        UUID cell = org(DemoScenario.HOME_CELL);
        List<UUID> regular = approvedMeetings(cell, vn.chibo.meeting.MeetingType.REGULAR);
        UUID id = regular.getLast();
        JsonPath minutes = api().get("/api/v1/meetings/{id}/minutes", id).then().statusCode(200).extract().jsonPath();
        JsonPath meeting = api().get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath();
        LocalDate day = OffsetDateTime.parse(meeting.getString("scheduledStart")).atZoneSameInstant(time.zone()).toLocalDate();
        // The minutes' series counts every approved meeting of the cell in the year, up to this one.
        List<UUID> before = approvedMeetings(cell, vn.chibo.meeting.MeetingType.values()).stream()
                .takeWhile(m -> !m.equals(id)).toList();
        long earlierThisYear = QuarkusTransaction.requiringNew().call(() -> before.stream()
                .map(m -> vn.chibo.meeting.Meeting.<vn.chibo.meeting.Meeting>findById(m))
                .filter(m -> time.dateOf(m.scheduledStart).getYear() == day.getYear()).count());
        String number = String.format("%02d-BB/CB", earlierThisYear + 1);
        assertEquals(number, minutes.getString("number"));
        String chair = minutes.getString("signatures[0].name");
        String minuteTaker = minutes.getString("signatures[1].name");
        assertEquals(meeting.getString("chair.fullName"), chair);
        assertEquals(meeting.getString("minuteTaker.fullName"), minuteTaker);

        String dateLine = String.format("Bình Lư, ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(),
                day.getYear());
        List<String> header = List.of("Số " + number, "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ XÃ BÌNH LƯ", dateLine);
        List<String> inOrder = List.of("BIÊN BẢN", "THƯ KÝ", "T/M CHI BỘ", "BÍ THƯ", chair, "Nơi nhận:");
        for (String text : List.of(
                RecordText.pdfText(api().accept("application/pdf").get("/api/v1/meetings/{id}/minutes.pdf", id).then()
                        .statusCode(200).extract().asByteArray()),
                RecordText.docxText(api().accept(RecordText.DOCX).get("/api/v1/meetings/{id}/minutes.docx", id).then()
                        .statusCode(200).extract().asByteArray()))) {
            RecordText.assertLayout(text, header, inOrder);
            assertTrue(text.contains(minuteTaker), text);
        }

        String resolution = api().get("/api/v1/meetings/{id}/resolution", id).then().statusCode(200).extract().path("number");
        assertTrue(resolution != null && resolution.matches("\\d{2}-NQ/CB"), resolution);
        List<String> resolutionHeader = List.of("Số " + resolution, "ĐẢNG CỘNG SẢN VIỆT NAM", dateLine);
        List<String> resolutionOrder = List.of("NGHỊ QUYẾT", "Nơi nhận:", "T/M CHI BỘ", "BÍ THƯ");
        RecordText.assertLayout(RecordText.pdfText(api().accept("application/pdf").get("/api/v1/meetings/{id}/resolution.pdf", id)
                .then().statusCode(200).extract().asByteArray()), resolutionHeader, resolutionOrder);
        RecordText.assertLayout(RecordText.docxText(api().accept(RecordText.DOCX).get("/api/v1/meetings/{id}/resolution.docx", id)
                .then().statusCode(200).extract().asByteArray()), resolutionHeader, resolutionOrder);
    }

    /**
     * The demo numbers its records in the application's series (per cell and year, two digits at least), so the
     * first meeting approved in the application takes the next number of each series, never one the demo gave.
     */
    @Test
    @AsCommuneStaff
    void anApprovalInTheApplicationContinuesTheDemoCellsSeries() {
        UUID cell = org("LCH-BL-NN");
        List<String> minutesNumbers = new ArrayList<>();
        List<String> resolutionNumbers = new ArrayList<>();
        for (vn.chibo.meeting.Meeting m : approvedThisYear(cell)) {
            minutesNumbers.add(api().get("/api/v1/meetings/{id}/minutes", m.id).then().statusCode(200).extract().path("number"));
            // A meeting without a resolution (the committee's) answers an empty one: no sections.
            JsonPath resolution = api().get("/api/v1/meetings/{id}/resolution", m.id).then().statusCode(200).extract().jsonPath();
            if ("RESOLUTION".equals(resolution.getString("kind")) && !resolution.getList("sections").isEmpty()) {
                resolutionNumbers.add(resolution.getString("number"));
            }
        }
        assertEquals(series(minutesNumbers.size(), "BB"), minutesNumbers, "the demo's minutes, in date order");
        assertEquals(series(resolutionNumbers.size(), "NQ"), resolutionNumbers, "the demo's resolutions, in date order");

        UUID last = approvedMeetings(cell, vn.chibo.meeting.MeetingType.REGULAR).getLast();
        JsonPath demo = api().get("/api/v1/meetings/{id}", last).then().statusCode(200).extract().jsonPath();
        // Three hours ago on the demo's own day (not the tests' usual one).
        OffsetDateTime start = time.local(time.now().minus(java.time.Duration.ofHours(3))).withNano(0);
        UUID id = UUID.fromString(api().body(Map.of("type", "EXTRAORDINARY", "scheduledStart", vn.chibo.testing.CellFixture.iso(start),
                        "place", "Nhà văn hóa bản", "chairId", demo.getString("chair.id"), "minuteTakerId", demo.getString("minuteTaker.id")))
                .post("/api/v1/organizations/{id}/meetings", cell).then().statusCode(201).extract().path("id"));
        List<String> expected = api().get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath()
                .getList("attendance.memberId", String.class);
        for (String member : expected) vn.chibo.testing.CellFixture.attend(id, UUID.fromString(member), "PRESENT");
        api().body(Map.of("memberId", demo.getString("chair.id"), "summary", "Đề nghị sửa chữa nhà văn hóa bản."))
                .post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
        api().body(Map.of("subject", "Thông qua nghị quyết", "method", "COUNT", "forCount", 1, "againstCount", 0,
                "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", id).then().statusCode(201);
        vn.chibo.testing.CellFixture.hold(id, start, 60);
        api().body(Map.of("version", 0, "kind", "RESOLUTION", "sections", List.of(
                Map.of("heading", "I. Nhiệm vụ", "body", "Sửa chữa nhà văn hóa bản trước Tết."))))
                .put("/api/v1/meetings/{id}/resolution", id).then().statusCode(200);
        int version = api().body(Map.of("version", 0, "conclusions", "Chi bộ thống nhất sửa chữa nhà văn hóa."))
                .put("/api/v1/meetings/{id}/minutes", id).then().statusCode(200).extract().path("version");

        String minutes = api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/minutes/approve", id).then()
                .statusCode(200).extract().path("number");
        String resolution = api().get("/api/v1/meetings/{id}/resolution", id).then().statusCode(200).extract().path("number");
        java.util.function.Supplier<String> rows = () -> QuarkusTransaction.requiringNew().call(() -> vn.chibo.records.RecordNumber
                .<vn.chibo.records.RecordNumber>list("organizationId = ?1 order by year, series, seq", cell).stream()
                .map(n -> n.year + "/" + n.series + "/" + n.seq + " " + vn.chibo.meeting.Meeting
                        .<vn.chibo.meeting.Meeting>findById(n.meetingId).scheduledStart).toList().toString());
        assertEquals(series(minutesNumbers.size() + 1, "BB").getLast(), minutes, () -> "after " + minutesNumbers + ": " + rows.get());
        assertEquals(series(resolutionNumbers.size() + 1, "NQ").getLast(), resolution, () -> "after " + resolutionNumbers + ": " + rows.get());
    }

    /** "01-NQ/CB", "02-NQ/CB" … up to n. */
    private static List<String> series(int n, String series) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> String.format("%02d-%s/CB", i, series)).toList();
    }

    @Test
    @AsSecretaryAn
    @DisplayName("BR-H6 BR-P7 the demo secretary is warned about a member to consider for removal, and about missing artefacts after 31 March")
    void theSecretaryIsWarnedAboutUnpaidDuesAndMissingArtefacts() {
        List<String> kinds = api().get("/api/v1/me/alerts?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.kind", String.class);
        assertTrue(kinds.contains("MEMBER_REMOVAL_REVIEW"), kinds.toString());
        boolean pastDue = time.today().isAfter(LocalDate.of(time.today().getYear(), 3, 31));
        assertEquals(pastDue, kinds.contains("ARTEFACTS_MISSING"), kinds.toString());
    }

    @Test
    @AsCommuneStaff
    void communeStaffSeeOverdueItems() {
        List<String> kinds = api().get("/api/v1/me/alerts?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.kind", String.class);
        assertTrue(kinds.contains("VERIFICATION_OVERDUE"), kinds.toString());
    }

    @Test
    @AsProvinceStaff
    void provinceStaffSeeTheYearRatedGoodFairAverageAndPoor() {
        JsonPath report = api().get("/api/v1/organizations/{id}/evaluation-report?from={from}&to={to}", org("LCH"),
                time.today().minusMonths(12).toString(), time.today().toString()).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        assertTrue(report.getInt("evaluations") > 200, "evaluations: " + report.getInt("evaluations"));
        for (String rating : List.of("GOOD", "FAIR", "AVERAGE", "POOR")) {
            assertTrue(report.getInt("selfRatings." + rating) > 0, rating + ": " + report.getMap("selfRatings"));
        }
        List<String> kinds = api().get("/api/v1/organizations/{id}/alerts?size=200", org("LCH")).then().statusCode(200)
                .extract().jsonPath().getList("items.kind", String.class);
        assertTrue(kinds.containsAll(lateItemsDueBy(time.today())), kinds.toString());
    }

    /**
     * The overdue items the province must show on the day: tasks always; the late topical plan once the
     * year's plans are due (not yet in January) and the late monthly schedule once this month's is due
     * (not yet on the 1st), by the policy in force.
     */
    private List<String> lateItemsDueBy(LocalDate today) {
        PolicyProfile policy = QuarkusTransaction.requiringNew().call(() ->
                policies.inForce(Organization.<Organization>find("code", "LCH").firstResult(), today));
        List<String> due = new ArrayList<>(List.of("TASKS_OVERDUE", "VERIFICATION_OVERDUE"));
        if (today.isAfter(PolicyProfile.dayOfYear(policy.topicalPlanDue, today.getYear()))) due.add("TOPICAL_PLAN_LATE");
        if (today.getDayOfMonth() > policy.monthlyScheduleDueDay) due.add("MONTHLY_SCHEDULE_LATE");
        return due;
    }

    @Test
    @AsProvinceStaff
    void theProvinceDashboardHasFiguresForTheMonthsThatHaveHappened() {
        dashboardHasFigures("LCH");
    }

    @Test
    @AsCommuneStaff
    void theCommuneDashboardHasFiguresForTheMonthsThatHaveHappened() {
        dashboardHasFigures("LCH-BL");
    }

    /**
     * The month just ended always has cells that met, attendance and ratings; the current month too once
     * its first ten days are gone (before that most cells have not reached their usual day). Evaluations
     * wait for verification, one of them overdue, whatever the period.
     */
    private void dashboardHasFigures(String committee) {
        YearMonth current = YearMonth.from(time.today());
        List<YearMonth> months = time.today().getDayOfMonth() > 10 ? List.of(current.minusMonths(1), current)
                : List.of(current.minusMonths(1));
        for (YearMonth month : months) {
            JsonPath d = api().get("/api/v1/organizations/{id}/dashboard?period={period}", org(committee), month.toString())
                    .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
            String where = committee + " " + month + ": ";
            assertTrue(d.getInt("cells") > 0, where + "cells");
            assertTrue(d.getInt("regime.met") > 0 && d.getInt("regime.regularHeld") > 0, where + "met " + d.getMap("regime"));
            assertTrue(d.getInt("attendance.meetings") > 0 && d.getInt("attendance.present") > 0
                    && d.getDouble("attendance.rate") > 0, where + "attendance " + d.getMap("attendance"));
            assertTrue(d.getInt("speaking.meetings") > 0, where + "speaking " + d.getMap("speaking"));
            assertTrue(d.getInt("ratings.evaluated") > 0, where + "ratings " + d.getMap("ratings"));
            int rated = d.<String, Integer>getMap("ratings.selfByLevel").values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(d.getInt("ratings.evaluated"), rated, where + "ratings by level " + d.getMap("ratings"));
            assertTrue(d.getInt("verifications.pending") > 0 && d.getInt("verifications.overdue") > 0,
                    where + "verifications " + d.getMap("verifications"));
            assertTrue(!d.getList("openAlerts").isEmpty(), where + "alerts");
        }
        // The month before last is fully verified but for the overdue one: verified ratings are there too.
        JsonPath before = api().get("/api/v1/organizations/{id}/dashboard?period={period}", org(committee),
                current.minusMonths(2).toString()).then().statusCode(200).extract().jsonPath();
        assertTrue(before.getInt("ratings.verified") > 0, committee + " verified " + before.getMap("ratings"));
    }

    /**
     * Last year's annual ratings are decided (in the first days of January) and measured against the targets
     * on the year's dashboard; this year's cycle opens at the end of November and its cells assess themselves
     * in the first ten days of December, so on 6 December it is part self-assessed and nothing is decided.
     */
    @Test
    @AsProvinceStaff
    void theAnnualRatingsFollowTheirCalendarAndFeedTheTargets() {
        LocalDate today = time.today();
        int lastYear = today.getYear() - 1;
        assertEquals(ratings(lastYear, null), ratings(lastYear, "DECIDED"), "last year decided");
        assertTrue(ratings(lastYear, null) > 20, "cells and members rated: " + ratings(lastYear, null));
        JsonPath targets = api().get("/api/v1/organizations/{id}/dashboard?period={period}", org("LCH"), String.valueOf(lastYear))
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        for (String code : List.of("ORG_GOOD_OR_ABOVE", "MEMBER_GOOD_OR_ABOVE")) {
            Map<String, Object> target = targets.getMap("targets.find { it.code == '" + code + "' }");
            assertTrue(((Number) target.get("basis")).intValue() > 0 && target.get("onTrack") != null, code + " " + target);
        }
        int designated = api().get("/api/v1/organizations/{id}/designations?year={year}", org("LCH"), lastYear)
                .then().statusCode(200).extract().path("total");
        assertTrue(designated > 0, "cells designated bốn tốt");

        int thisYear = ratings(today.getYear(), null);
        if (today.isBefore(LocalDate.of(today.getYear(), 11, 25))) {
            assertEquals(0, thisYear, "no cycle before the end of November");
        } else if (today.getMonthValue() == 12 && today.getDayOfMonth() < 10) {
            int assessed = ratings(today.getYear(), "SELF_ASSESSED");
            assertTrue(assessed > 0 && assessed < thisYear, assessed + " of " + thisYear + " self-assessed");
            assertEquals(0, ratings(today.getYear(), "DECIDED"), "nothing decided yet");
        }
    }

    private int ratings(int year, String state) {
        var request = api().queryParam("year", year).queryParam("size", 1);
        if (state != null) request.queryParam("state", state);
        return request.get("/api/v1/organizations/{id}/annual-ratings", org("LCH")).then().log().ifValidationFails()
                .statusCode(200).extract().path("total");
    }

    @Test
    @AsCommuneStaff
    void theCommuneHasAModelMeetingProgrammeWithAnAppraisedSelection() {
        // The model meeting is the home cell's last regular meeting: this year, or last year early in January.
        List<String> appraisals = new java.util.ArrayList<>();
        for (int year : List.of(time.today().getYear(), time.today().getYear() - 1)) {
            var res = api().get("/api/v1/organizations/{id}/model-programmes/{year}", org("LCH-BL"), year);
            if (res.statusCode() == 200) appraisals.addAll(res.jsonPath().getList("selections.appraisal.text", String.class));
        }
        assertTrue(appraisals.stream().anyMatch(a -> a != null && !a.isBlank()), appraisals.toString());
    }

    @Test
    @AsAdmin
    void theAdministratorSeesTheAuditLogOfTheDemoHistory() {
        JsonPath page = api().get("/api/v1/audit?organizationId={id}&size=1&page={page}", org("LCH"), 0).then()
                .statusCode(200).extract().jsonPath();
        long total = page.getLong("total");
        assertTrue(total > 1000, "audit entries: " + total);
        String oldest = api().get("/api/v1/audit?organizationId={id}&size=1&page={page}", org("LCH"), total - 1).then()
                .statusCode(200).extract().jsonPath().getString("items[0].at");
        assertTrue(OffsetDateTime.parse(oldest).toLocalDate().isBefore(time.today().minusMonths(10)), oldest);
    }

    /**
     * The year's periodic reports (BR-S2): the province sees who below sent the latest due quarter on time, late
     * (Tân Phong) or not at all (Tam Đường, with the alert); Bình Lư sent its six-month report again with a reason,
     * every section written, signed by the commune's secretary; its next report is in draft.
     */
    @Test
    @AsProvinceStaff
    void theProvinceSeesTheYearsReportsOneLateOneMissingAndOneSentAgain() throws Exception {
        LocalDate today = time.today();
        PolicyProfile policy = QuarkusTransaction.requiringNew().call(() ->
                policies.inForce(Organization.<Organization>find("code", "LCH").firstResult(), today));
        LocalDate start = Quarters.start(today).minusMonths(3);
        if (!ReportDueDates.due(ReportPeriod.quarter(start.getYear(), Quarters.of(start)), policy, null).isBefore(today)) {
            start = start.minusMonths(3);
        }
        String quarter = start.getYear() + "-Q" + Quarters.of(start);
        JsonPath overview = api().get("/api/v1/organizations/{id}/report-submissions?kind=QUARTERLY&period={p}&size=50",
                org("LCH"), quarter).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        String where = quarter + " " + overview.getMap("counts");
        assertEquals("MISSING", overview.getString("items.find { it.organizationId == '" + org(DemoScenario.MISSING_REPORT_COMMITTEE)
                + "' }.status"), where);
        assertEquals("LATE", overview.getString("items.find { it.organizationId == '" + org(DemoScenario.LATE_REPORT_COMMITTEE)
                + "' }.status"), where);
        assertTrue(overview.getInt("counts.submitted") >= 3, where);
        List<Map<String, Object>> alerts = api().get("/api/v1/organizations/{id}/alerts?kind=REPORT_LATE&size=200", org("LCH"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(alerts.stream().anyMatch(a -> quarter.equals(a.get("period")) && "WARNING".equals(a.get("severity"))),
                alerts.toString());

        // Every organisation that reports kept the year's earlier quarters.
        int sentQuarters = api().get("/api/v1/organizations/{id}/periodic-reports?kind=QUARTERLY", org("LCH-DL")).then()
                .statusCode(200).extract().path("total");
        assertTrue(sentQuarters >= 3, "quarterly reports of LCH-DL: " + sentQuarters);

        JsonPath mine = api().get("/api/v1/organizations/{id}/periodic-reports?size=50", org(DemoScenario.HOME_COMMUNE))
                .then().statusCode(200).extract().jsonPath();
        assertTrue(mine.getList("items.status", String.class).contains("DRAFT"), "a draft: " + mine.getList("items"));
        String resent = mine.getString("items.find { it.kind == 'HALF_YEAR' && it.revision == 2 }.id");
        assertTrue(resent != null, "sent again: " + mine.getList("items"));
        JsonPath report = api().get("/api/v1/periodic-reports/{id}", resent).then().statusCode(200).extract().jsonPath();
        for (String section : List.of("documentNumber", "place", "results", "shortcomings", "causes", "lessons", "directions")) {
            String text = report.getString("sections." + section);
            assertTrue(text != null && !text.isBlank(), section + ": " + text);
        }
        assertTrue(report.getString("sections.results").contains("sinh hoạt"), report.getString("sections.results"));
        JsonPath revisions = api().get("/api/v1/periodic-reports/{id}/revisions", resent).then().statusCode(200).extract().jsonPath();
        assertEquals(2, revisions.getInt("total"));
        assertTrue(revisions.getString("items[1].reason") != null && !revisions.getBoolean("items[0].late"));
        byte[] pdf = api().accept("application/pdf").get("/api/v1/periodic-reports/{id}/report.pdf", resent).then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("T/M ĐẢNG ỦY") && text.contains("BÍ THƯ") && text.contains("Lò Văn Thanh"), text);
        }
    }

    /** Rows are written directly for speed: the product recomputing them must find the same figures. */
    @Test
    @AsAdmin
    void storedEvaluationsEqualWhatTheServicesCompute() {
        List<Evaluation> stored = QuarkusTransaction.requiringNew().call(() -> Evaluation.<Evaluation>list(
                "meetingId in (select m.id from Meeting m where m.organization.code in ?1)",
                List.of(DemoScenario.HOME_CELL, DemoScenario.RECENT_REVIEW_CELL, DemoScenario.POOR_MEETING_CELL)));
        assertTrue(stored.size() > 30, "evaluations: " + stored.size());
        for (Evaluation e : stored) {
            JsonPath view = api().get("/api/v1/meetings/{id}/evaluation", e.meetingId).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(0, new BigDecimal(view.getString("selfTotal")).compareTo(e.selfTotal), e.meetingId + " total");
            assertEquals(e.selfRating.name(), view.getString("selfRating"));
            assertTrue(view.getList("reasons", String.class).stream().noneMatch(r -> r.startsWith(TAMPERED)),
                    "the seal holds: " + view.getList("reasons"));
            List<EvaluationScore> scores = QuarkusTransaction.requiringNew().call(() ->
                    EvaluationScore.<EvaluationScore>list("evaluationId", e.id));
            for (EvaluationScore s : scores) {
                String auto = view.getString("scores.find { it.code == '" + s.code + "' }.autoPoints");
                if (s.autoPoints == null) assertNull(auto, s.code);
                else assertEquals(0, new BigDecimal(auto).compareTo(s.autoPoints), e.meetingId + " " + s.code);
            }
        }
    }

    /** Every warning the product raises on a demo meeting is one the plan names for that meeting. */
    @Test
    @AsAdmin
    void noDemoMeetingRaisesAWarningItsPlanDoesNotName() {
        DemoMeetingPlanner.Plan plan = QuarkusTransaction.requiringNew().call(() -> history.plan(
                Organization.<Organization>find("code", "LCH").firstResult(), time.today(), config.demoSeed()));
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (String cell : DemoScenario.CELLS_WITH_STORIES) {
            List<PlannedMeeting> planned = plan.meetings().stream().filter(p -> p.cellCode().equals(cell)).toList();
            JsonPath meetings = api().get("/api/v1/organizations/{id}/meetings?from={from}&to={to}&size=200", org(cell),
                    time.today().minusMonths(13).toString(), time.today().plusMonths(4).toString()).then()
                    .log().ifValidationFails().statusCode(200).extract().jsonPath();
            assertEquals(planned.size(), meetings.getList("items").size(), cell);
            for (String id : meetings.getList("items.id", String.class)) {
                JsonPath view = api().get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath();
                PlannedMeeting p = planned.stream().filter(x -> x.start().equals(OffsetDateTime.parse(
                        view.getString("scheduledStart")).toInstant()) && x.type().name().equals(view.getString("type")))
                        .findFirst().orElseThrow();
                Set<Deviation> named = p.deviations().isEmpty() ? EnumSet.noneOf(Deviation.class) : EnumSet.copyOf(p.deviations());
                for (String code : view.getList("warnings.code", String.class)) {
                    Deviation meant = NAMED_WARNINGS.get(code);
                    if (meant == null || !named.contains(meant)) unnamed.add(p.key() + ": " + code);
                }
                checked++;
            }
        }
        assertEquals(List.of(), unnamed);
        assertTrue(checked > 100, "checked " + checked);
    }

}
