package vn.chibo.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BR-R3: each mandatory item of the minutes (DOMAIN.md 11.2), alone missing from otherwise complete minutes. */
class MinutesCompletenessTest {

    /** Complete minutes of a meeting that adopts a resolution; each test takes one thing away. */
    private static final class Minutes {
        boolean chair = true;
        boolean minuteTaker = true;
        boolean place = true;
        boolean start = true;
        boolean end = true;
        int notRecorded;
        List<String> excusedWithoutReason = List.of();
        int agendaItems = 3;
        int present = 4;
        int speeches = 2;
        boolean conclusions = true;
        boolean adoptsResolution = true;
        int votes = 1;

        List<MinutesCompleteness.Missing> missing() {
            return MinutesCompleteness.missing(new MinutesCompleteness.Facts(chair, minuteTaker, place, start, end,
                    notRecorded, excusedWithoutReason, agendaItems, present, speeches, conclusions, adoptsResolution,
                    votes));
        }

        List<String> items() {
            return missing().stream().map(MinutesCompleteness.Missing::item).toList();
        }
    }

    @Test
    void completeMinutesLackNothing() {
        assertTrue(new Minutes().missing().isEmpty());
    }

    @DisplayName("BR-H1, BR-R3: minutes without a chair lack the chair")
    @Test
    void minutesWithoutAChairLackTheChair() {
        Minutes m = new Minutes();
        m.chair = false;
        assertEquals(List.of("chair"), m.items());
    }

    @DisplayName("BR-H1, BR-R3: minutes without a minute-taker lack the minute-taker")
    @Test
    void minutesWithoutAMinuteTakerLackTheMinuteTaker() {
        Minutes m = new Minutes();
        m.minuteTaker = false;
        assertEquals(List.of("minute-taker"), m.items());
    }

    @Test
    void minutesWithoutAPlaceLackThePlace() {
        Minutes m = new Minutes();
        m.place = false;
        assertEquals(List.of("place"), m.items());
    }

    @Test
    void minutesWithoutAStartTimeLackIt() {
        Minutes m = new Minutes();
        m.start = false;
        assertEquals(List.of("start"), m.items());
    }

    @Test
    void minutesWithoutAnEndTimeLackIt() {
        Minutes m = new Minutes();
        m.end = false;
        assertEquals(List.of("end"), m.items());
    }

    @Test
    void membersWithoutAttendanceAreCounted() {
        Minutes m = new Minutes();
        m.notRecorded = 2;
        var missing = m.missing();
        assertEquals(List.of("attendance"), m.items());
        assertEquals(2, missing.getFirst().args()[0]);
    }

    @Test
    void brR3_eachExcusedAbsenteeWithoutAReasonIsNamed() {
        Minutes m = new Minutes();
        m.excusedWithoutReason = List.of("Hà Văn Cường", "Lù Thị Dự");
        assertEquals(List.of("absence-reason", "absence-reason"), m.items());
        assertEquals("Lù Thị Dự", m.missing().get(1).args()[0]);
    }

    @Test
    void minutesWithoutAgendaLackTheContent() {
        Minutes m = new Minutes();
        m.agendaItems = 0;
        assertEquals(List.of("agenda"), m.items());
    }

    @Test
    void brR3_minutesWithoutSpeakersLackThem() {
        Minutes m = new Minutes();
        m.speeches = 0;
        assertEquals(List.of("speakers"), m.items());
    }

    @Test
    void aMeetingNobodyAttendedHasNoSpeakerToName() {
        Minutes m = new Minutes();
        m.speeches = 0;
        m.present = 0;
        assertEquals(List.of(), m.items());
    }

    @Test
    void minutesWithoutConclusionsLackThem() {
        Minutes m = new Minutes();
        m.conclusions = false;
        assertEquals(List.of("conclusions"), m.items());
    }

    @Test
    void aResolutionWithoutAVoteResultLacksIt() {
        Minutes m = new Minutes();
        m.votes = 0;
        assertEquals(List.of("votes"), m.items());
    }

    @Test
    void withoutAResolutionNoVoteIsRequired() {
        Minutes m = new Minutes();
        m.votes = 0;
        m.adoptsResolution = false;
        assertEquals(List.of(), m.items());
    }

    @Test
    void brR3_everythingMissingIsListedAtOnce() {
        Minutes m = new Minutes();
        m.chair = m.minuteTaker = m.place = m.start = m.end = m.conclusions = false;
        m.notRecorded = 1;
        m.excusedWithoutReason = List.of("A");
        m.agendaItems = m.speeches = m.votes = 0;
        m.present = 1;
        assertEquals(List.of("chair", "minute-taker", "place", "start", "end", "attendance", "absence-reason", "agenda",
                "speakers", "conclusions", "votes"), m.items());
    }
}
