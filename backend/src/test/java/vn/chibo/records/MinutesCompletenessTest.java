package vn.chibo.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BR-R3: each mandatory item of the minutes (DOMAIN.md 11.2), alone missing from otherwise complete minutes. */
class MinutesCompletenessTest {

    private static MinutesCompleteness.Facts complete() {
        return new MinutesCompleteness.Facts(true, true, true, true, true, 0, List.of(), 3, 4, 2, true, true, 1);
    }

    private static List<String> items(MinutesCompleteness.Facts facts) {
        return MinutesCompleteness.missing(facts).stream().map(MinutesCompleteness.Missing::item).toList();
    }

    @Test
    void completeMinutesLackNothing() {
        assertTrue(MinutesCompleteness.missing(complete()).isEmpty());
    }

    @Test
    void minutesWithoutAChairLackTheChair() {
        var f = complete();
        assertEquals(List.of("chair"), items(new MinutesCompleteness.Facts(false, f.hasMinuteTaker(), f.hasPlace(),
                f.hasStart(), f.hasEnd(), 0, List.of(), 3, 4, 2, true, true, 1)));
    }

    @Test
    void minutesWithoutAMinuteTakerLackTheMinuteTaker() {
        assertEquals(List.of("minute-taker"), items(new MinutesCompleteness.Facts(true, false, true, true, true, 0,
                List.of(), 3, 4, 2, true, true, 1)));
    }

    @Test
    void minutesWithoutAPlaceLackThePlace() {
        assertEquals(List.of("place"), items(new MinutesCompleteness.Facts(true, true, false, true, true, 0,
                List.of(), 3, 4, 2, true, true, 1)));
    }

    @Test
    void minutesWithoutStartOrEndLackThem() {
        assertEquals(List.of("start"), items(new MinutesCompleteness.Facts(true, true, true, false, true, 0,
                List.of(), 3, 4, 2, true, true, 1)));
        assertEquals(List.of("end"), items(new MinutesCompleteness.Facts(true, true, true, true, false, 0,
                List.of(), 3, 4, 2, true, true, 1)));
    }

    @Test
    void membersWithoutAttendanceAreCounted() {
        var missing = MinutesCompleteness.missing(new MinutesCompleteness.Facts(true, true, true, true, true, 2,
                List.of(), 3, 4, 2, true, true, 1));
        assertEquals(1, missing.size());
        assertEquals("attendance", missing.getFirst().item());
        assertEquals(2, missing.getFirst().args()[0]);
    }

    @Test
    void eachExcusedAbsenteeWithoutAReasonIsNamed() {
        var missing = MinutesCompleteness.missing(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of("Hà Văn Cường", "Lù Thị Dự"), 3, 4, 2, true, true, 1));
        assertEquals(List.of("absence-reason", "absence-reason"), missing.stream().map(MinutesCompleteness.Missing::item).toList());
        assertEquals("Lù Thị Dự", missing.get(1).args()[0]);
    }

    @Test
    void minutesWithoutAgendaLackTheContent() {
        assertEquals(List.of("agenda"), items(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of(), 0, 4, 2, true, true, 1)));
    }

    @Test
    void minutesWithoutSpeakersLackThemUnlessNobodyCame() {
        assertEquals(List.of("speakers"), items(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of(), 3, 4, 0, true, true, 1)));
        assertEquals(List.of(), items(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of(), 3, 0, 0, true, true, 1)));
    }

    @Test
    void minutesWithoutConclusionsLackThem() {
        assertEquals(List.of("conclusions"), items(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of(), 3, 4, 2, false, true, 1)));
    }

    @Test
    void aResolutionWithoutAVoteResultLacksIt() {
        assertEquals(List.of("votes"), items(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of(), 3, 4, 2, true, true, 0)));
        assertEquals(List.of(), items(new MinutesCompleteness.Facts(true, true, true, true, true, 0,
                List.of(), 3, 4, 2, true, false, 0)));
    }

    @Test
    void everythingMissingIsListedAtOnce() {
        assertEquals(List.of("chair", "minute-taker", "place", "start", "end", "attendance", "absence-reason", "agenda",
                        "speakers", "conclusions", "votes"),
                items(new MinutesCompleteness.Facts(false, false, false, false, false, 1, List.of("A"), 0, 1, 0, false,
                        true, 0)));
    }
}
