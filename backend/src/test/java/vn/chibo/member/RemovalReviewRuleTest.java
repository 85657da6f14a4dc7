package vn.chibo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.member.RemovalReviewRule.Cause;
import vn.chibo.member.RemovalReviewRule.Lapse;
import vn.chibo.policy.PolicyProfile;

/** BR-H6 as a plain function: months of skipped meetings or unpaid dues in a year against the policy's threshold. */
class RemovalReviewRuleTest {
    private static final UUID AN = UUID.randomUUID();
    private static final UUID BINH = UUID.randomUUID();

    private static Lapse lapse(UUID member, String name, int month, Cause cause) {
        return new Lapse(member, name, YearMonth.of(2026, month), cause);
    }

    private static PolicyProfile policy(int months) {
        PolicyProfile p = new PolicyProfile();
        p.removalReviewMonths = months;
        return p;
    }

    @Test
    @DisplayName("BR-H6 the default threshold is 3 months")
    void brH6_defaultIsThreeMonths() {
        assertEquals(3, new PolicyProfile().removalReviewMonths);
    }

    @Test
    @DisplayName("BR-H6 two months are not flagged, three months are, naming the member and the months")
    void brH6_threeMonthsFlagTwoDoNot() {
        int threshold = policy(3).removalReviewMonths;
        List<Lapse> two = List.of(lapse(AN, "Lò Văn An", 1, Cause.ABSENT_UNEXCUSED), lapse(AN, "Lò Văn An", 4, Cause.DUES_UNPAID));
        assertTrue(RemovalReviewRule.flag(two, 2026, threshold).isEmpty(), "2 months, just under 3");

        List<Lapse> three = new ArrayList<>(two);
        three.add(lapse(AN, "Lò Văn An", 3, Cause.DUES_UNPAID));
        List<RemovalReviewRule.Flag> flags = RemovalReviewRule.flag(three, 2026, threshold);
        assertEquals(1, flags.size());
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3), YearMonth.of(2026, 4)), flags.getFirst().months());
        assertEquals("Lò Văn An: 01, 03, 04/2026", RemovalReviewRule.describe(flags));
    }

    @Test
    @DisplayName("BR-H6 the threshold is the policy's: with 4 months, 3 are not enough")
    void brH6_thresholdComesFromThePolicy() {
        List<Lapse> three = List.of(lapse(AN, "An", 1, Cause.ABSENT_UNEXCUSED), lapse(AN, "An", 2, Cause.ABSENT_UNEXCUSED),
                lapse(AN, "An", 3, Cause.ABSENT_UNEXCUSED));
        assertTrue(RemovalReviewRule.flag(three, 2026, policy(4).removalReviewMonths).isEmpty());
        assertEquals(1, RemovalReviewRule.flag(three, 2026, policy(3).removalReviewMonths).size());
    }

    @Test
    @DisplayName("BR-H6 a month with both a skipped meeting and unpaid dues counts once")
    void brH6_aMonthWithBothCountsOnce() {
        List<Lapse> lapses = List.of(lapse(AN, "An", 5, Cause.ABSENT_UNEXCUSED), lapse(AN, "An", 5, Cause.DUES_UNPAID),
                lapse(AN, "An", 6, Cause.DUES_UNPAID));
        assertTrue(RemovalReviewRule.flag(lapses, 2026, 3).isEmpty(), "two distinct months");
    }

    @Test
    @DisplayName("BR-H6 an excused absence or an exemption from dues does not count")
    void brH6_goodReasonsDoNotCount() {
        List<Lapse> lapses = List.of(lapse(AN, "An", 1, Cause.ABSENT_UNEXCUSED), lapse(AN, "An", 2, Cause.DUES_UNPAID),
                lapse(AN, "An", 3, Cause.ABSENT_EXCUSED), lapse(AN, "An", 4, Cause.DUES_EXEMPT));
        assertTrue(RemovalReviewRule.flag(lapses, 2026, 3).isEmpty());
    }

    @Test
    @DisplayName("BR-H6 months are counted per member and per calendar year")
    void brH6_perMemberAndYear() {
        List<Lapse> lapses = List.of(lapse(AN, "An", 11, Cause.DUES_UNPAID), lapse(AN, "An", 12, Cause.DUES_UNPAID),
                new Lapse(AN, "An", YearMonth.of(2027, 1), Cause.DUES_UNPAID),
                lapse(BINH, "Bình", 1, Cause.DUES_UNPAID), lapse(BINH, "Bình", 2, Cause.DUES_UNPAID));
        assertTrue(RemovalReviewRule.flag(lapses, 2026, 3).isEmpty(), "An: two months in 2026, one in 2027; Bình: two");
    }
}
