package vn.chibo.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Member;
import vn.chibo.member.MemberStatus;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.testing.TestClock;

/**
 * The meeting warnings of DOMAIN.md 19.2-19.3 just inside and just outside the policy's values, with the message the
 * secretary reads. A topical meeting: the rules that read other meetings from the database (second regular meeting,
 * pre-meeting) are left to the API tests.
 */
class MeetingRulesTest {
    /** The application clock as the test profile sets it (chibo.clock-start), never the real one. */
    private static final TimeSource TIME = new TimeSource((ChiboConfig) Proxy.newProxyInstance(
            ChiboConfig.class.getClassLoader(), new Class<?>[] {ChiboConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                case "zone" -> TestClock.VIETNAM;
                case "clockStart" -> Optional.of(TestClock.START);
                default -> throw new UnsupportedOperationException(method.getName());
            }));
    /** The preparation and records checks (BR-M2, M5, R4, R5) read the database; they have tests of their own. */
    private static final MeetingRecordChecks NO_RECORD_CHECKS = new MeetingRecordChecks(null, TIME) {
        @Override
        public List<vn.chibo.meeting.rules.Finding> findings(Meeting m, PolicyProfile p,
                                                          List<MeetingApi.DocumentView> documents) {
            return List.of();
        }
    };
    private static final MeetingRules RULES = new MeetingRules(TIME, NO_RECORD_CHECKS);

    private static PolicyProfile policy() {
        PolicyProfile p = new PolicyProfile();
        p.attendanceTargetPercent = 85;
        p.maxConsecutiveExcusedAbsences = 3;
        p.speakingTargetPercent = 30;
        p.minDurationMinutes = 90;
        p.combinedMinDurationMinutes = 120;
        p.documentLeadDays = 1;
        return p;
    }

    /** A topical meeting held yesterday for two hours, with a chair and a minute-taker. */
    private static Meeting held() {
        Meeting m = new Meeting();
        m.type = MeetingType.TOPICAL;
        m.status = MeetingStatus.HELD;
        m.scheduledStart = TestClock.START.minus(Duration.ofDays(1));
        m.actualStart = m.scheduledStart;
        m.actualEnd = m.scheduledStart.plus(Duration.ofMinutes(120));
        m.chair = new Member();
        m.minuteTaker = new Member();
        return m;
    }

    private static MeetingApi.Figures figures(int expected, int present, double attendanceRate, double speakingRate) {
        return new MeetingApi.Figures(expected, present, 0, 0, 0, attendanceRate, 1, speakingRate, 120, null, 0, true);
    }

    private static MeetingApi.AttendanceEntry entry(String name, AttendanceStatus status, int excusedInARow) {
        return new MeetingApi.AttendanceEntry(UUID.randomUUID(), name, MemberStatus.OFFICIAL, null, status, null, null,
                excusedInARow, 1);
    }

    private static List<MeetingApi.Warning> warnings(Meeting m, PolicyProfile p, List<MeetingApi.AttendanceEntry> attendance,
                                                     MeetingApi.Figures figures) {
        return RULES.warnings(new MeetingRules.Facts(m, p, attendance, figures, List.of(), List.of(), Locale.ENGLISH,
                List.of(), false, false));
    }

    private static Optional<MeetingApi.Warning> find(List<MeetingApi.Warning> warnings, String code) {
        return warnings.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    @Test
    void brH3_attendanceAtTheTargetIsWarnedAndJustAboveItIsNot() {
        MeetingApi.Warning at = find(warnings(held(), policy(), List.of(), figures(20, 17, 85.0, 50)), "attendance-below-target")
                .orElseThrow();
        assertEquals("Attendance 85% is not above the 85% target.", at.message());
        assertTrue(find(warnings(held(), policy(), List.of(), figures(20, 18, 85.1, 50)), "attendance-below-target").isEmpty());
        PolicyProfile ninety = policy();
        ninety.attendanceTargetPercent = 90;
        assertTrue(find(warnings(held(), ninety, List.of(), figures(20, 18, 90.0, 50)), "attendance-below-target").isPresent(),
                "the target is the policy's");
    }

    @Test
    void brH4_eachMemberAbsentWithoutReasonIsNamedAndAnExcusedAbsenceIsNot() {
        List<MeetingApi.AttendanceEntry> attendance = List.of(entry("Lò Văn An", AttendanceStatus.ABSENT_UNEXCUSED, 0),
                entry("Tòng Thị Bình", AttendanceStatus.ABSENT_EXCUSED, 1), entry("Hà Văn Cường", AttendanceStatus.PRESENT, 0));
        MeetingApi.Warning w = find(warnings(held(), policy(), attendance, figures(3, 1, 90, 100)), "unexcused-absence").orElseThrow();
        assertEquals("Absent without reason: Lò Văn An.", w.message());
        assertTrue(find(warnings(held(), policy(), attendance.subList(1, 3), figures(3, 1, 90, 100)), "unexcused-absence").isEmpty());
    }

    @Test
    void brH5_moreExcusedAbsencesInARowThanThePolicyAllowsAreWarnedAndAsManyAreNot() {
        List<MeetingApi.AttendanceEntry> fourth = List.of(entry("Hà Văn Cường", AttendanceStatus.ABSENT_EXCUSED, 4));
        MeetingApi.Warning w = find(warnings(held(), policy(), fourth, figures(3, 2, 90, 100)), "repeated-excused-absence")
                .orElseThrow();
        assertEquals("Absent with reason more than 3 times in a row this year: Hà Văn Cường.", w.message());
        List<MeetingApi.AttendanceEntry> third = List.of(entry("Hà Văn Cường", AttendanceStatus.ABSENT_EXCUSED, 3));
        assertTrue(find(warnings(held(), policy(), third, figures(3, 2, 90, 100)), "repeated-excused-absence").isEmpty());
        PolicyProfile two = policy();
        two.maxConsecutiveExcusedAbsences = 2;
        assertTrue(find(warnings(held(), two, third, figures(3, 2, 90, 100)), "repeated-excused-absence").isPresent(),
                "the number is the policy's");
    }

    @Test
    void brH11_speakingJustBelowTheTargetIsWarnedAndAtItIsNot() {
        MeetingApi.Warning below = find(warnings(held(), policy(), List.of(), figures(10, 10, 100, 29.9)), "speaking-below-target")
                .orElseThrow();
        assertEquals("Speaking rate 29.9% is below 30%.", below.message());
        assertTrue(find(warnings(held(), policy(), List.of(), figures(10, 10, 100, 30.0)), "speaking-below-target").isEmpty());
    }

    @Test
    void brH1_aHeldMeetingWithoutAChairOrAMinuteTakerIsWarned() {
        assertTrue(find(warnings(held(), policy(), List.of(), figures(10, 10, 100, 50)), "missing-chair-or-minute-taker").isEmpty());
        Meeting noChair = held();
        noChair.chair = null;
        assertEquals("The chair or the minute-taker is not recorded.",
                find(warnings(noChair, policy(), List.of(), figures(10, 10, 100, 50)), "missing-chair-or-minute-taker")
                        .orElseThrow().message());
        Meeting noMinuteTaker = held();
        noMinuteTaker.minuteTaker = null;
        assertTrue(find(warnings(noMinuteTaker, policy(), List.of(), figures(10, 10, 100, 50)), "missing-chair-or-minute-taker")
                .isPresent());
    }

    @Test
    void brM3_aMeetingWithinTheLeadTimeThatNobodyWasNotifiedOfIsWarned() {
        Meeting soon = new Meeting();
        soon.type = MeetingType.TOPICAL;
        soon.status = MeetingStatus.PLANNED;
        soon.scheduledStart = TIME.now().plus(Duration.ofHours(23));
        assertFalse(find(warnings(soon, policy(), List.of(), figures(10, 0, 0, 0)), "not-notified").isEmpty());
        soon.status = MeetingStatus.NOTIFIED;
        assertTrue(find(warnings(soon, policy(), List.of(), figures(10, 0, 0, 0)), "not-notified").isEmpty(), "notified");
        Meeting later = new Meeting();
        later.type = MeetingType.TOPICAL;
        later.status = MeetingStatus.PLANNED;
        later.scheduledStart = TIME.now().plus(Duration.ofHours(25));
        assertTrue(find(warnings(later, policy(), List.of(), figures(10, 0, 0, 0)), "not-notified").isEmpty(),
                "more than the lead time ahead");
        PolicyProfile twoDays = policy();
        twoDays.documentLeadDays = 2;
        assertTrue(find(warnings(later, twoDays, List.of(), figures(10, 0, 0, 0)), "not-notified").isPresent(),
                "the lead time is the policy's");
    }
}
