package vn.chibo.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chibo.common.Messages;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;

/**
 * The read model of a meeting's facts gives the same figures as the meeting screen (which the
 * evaluation auto-scorer used to read), for every meeting in the database, read in one batch.
 */
@QuarkusTest
class MeetingFactsTest extends ApiTest {
    @Inject
    MeetingFactsReader reader;

    @Inject
    MeetingViews views;

    @Test
    @AsCommuneStaff
    void factsReadInOneBatchEqualTheFiguresOfEveryMeetingScreen() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        OffsetDateTime start = CellFixture.hoursAgo(5);
        UUID id = c.schedule("REGULAR", start);
        api().body(Map.of("version", CellFixture.version(id))).post("/api/v1/meetings/{id}/notify", id).then().statusCode(200);
        CellFixture.attend(id, c.an, "PRESENT");
        CellFixture.attend(id, c.binh, "PRESENT_ONLINE");
        CellFixture.attend(id, c.cuong, "ABSENT_EXCUSED");
        CellFixture.attend(id, c.probationary, "ABSENT_UNEXCUSED");
        api().body(Map.of("memberId", c.an.toString())).post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
        api().body(Map.of("memberId", c.an.toString())).post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
        api().body(Map.of("subject", "Thông qua nghị quyết", "method", "COUNT", "forCount", 2, "againstCount", 0,
                "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", id).then().statusCode(201);
        api().contentType("multipart/form-data").multiPart("file", "tai-lieu.pdf", "%PDF-1.4\n".getBytes(), "application/pdf")
                .multiPart("kind", "MATERIAL").post("/api/v1/meetings/{id}/documents", id).then().statusCode(201);
        CellFixture.hold(id, start, 80);
        api().body(Map.of("version", 0, "freeText", "Diễn biến", "conclusions", "Kết luận"))
                .put("/api/v1/meetings/{id}/minutes", id).then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> {
            MeetingFacts f = reader.of(Meeting.<Meeting>findById(id));
            assertEquals(4, f.expected());
            assertEquals(1, f.exempt());
            assertEquals(2, f.present());
            assertEquals(1, f.excused());
            assertEquals(1, f.unexcused());
            assertEquals(1, f.distinctSpeakers());
            assertEquals(50.0, f.attendanceRate());
            assertEquals(50.0, f.speakingRate());
            assertEquals(80, f.durationMinutes());
            assertEquals(1, f.votes());
            assertEquals(1, f.lateDocuments(), "published two hours before the start, the lead time is a day");
            assertEquals(MeetingFacts.MinutesState.DRAFT, f.minutes());
            assertFalse(f.documentsOnTime());
            assertEquals(f.chairAndMinuteTakerSet(), f.minutesComplete(), "all attendance is recorded and the texts are written");
            assertEquals(1, f.history().longestExcusedStreak());
        });

        QuarkusTransaction.requiringNew().run(() -> {
            String root = Organization.<Organization>find("parentId is null").firstResult().path;
            Map<UUID, MeetingFacts> batch = reader.inSubtree(root.substring(0, 1), LocalDate.of(2000, 1, 1),
                    LocalDate.of(2100, 1, 1)).stream().collect(Collectors.toMap(MeetingFacts::meetingId, Function.identity()));
            List<Meeting> all = Meeting.listAll();
            assertEquals(all.size(), batch.size(), "one fact per meeting");
            assertTrue(all.size() > 1);
            for (Meeting m : all) {
                assertSameFigures(views.view(m, Messages.VIETNAMESE), batch.get(m.id));
                MeetingApi.View view = views.view(m, Messages.VIETNAMESE);
                MeetingFacts single = reader.of(m);
                assertEquals(view.figures().previousResolutionCompletionRate(),
                        single.history().previousResolutionCompletionRate(), m.id.toString());
                assertEquals(view.attendance().stream().mapToInt(MeetingApi.AttendanceEntry::consecutiveExcusedAbsences)
                        .max().orElse(0), single.history().longestExcusedStreak(), m.id.toString());
            }
        });
    }

    private static void assertSameFigures(MeetingApi.View v, MeetingFacts f) {
        String id = v.id().toString();
        MeetingApi.Figures figures = v.figures();
        assertEquals(figures.expected(), f.expected(), id);
        assertEquals(figures.present(), f.present(), id);
        assertEquals(figures.excused(), f.excused(), id);
        assertEquals(figures.unexcused(), f.unexcused(), id);
        assertEquals(figures.notRecorded(), f.notRecorded(), id);
        assertEquals(figures.attendanceRate(), f.attendanceRate(), id);
        assertEquals(figures.distinctSpeakers(), f.distinctSpeakers(), id);
        assertEquals(figures.speakingRate(), f.speakingRate(), id);
        assertEquals(figures.durationMinutes(), f.durationMinutes(), id);
        assertEquals(v.notExpected().stream().filter(n -> n.why().equals("EXEMPT")).count(), f.exempt(), id);
        assertEquals(v.votes().size(), f.votes(), id);
        assertEquals(v.documents().size(), f.documents(), id);
        assertEquals(v.documents().stream().filter(MeetingApi.DocumentView::late).count(), f.lateDocuments(), id);
        assertEquals(v.preMeetingId() != null, f.hasPreMeeting(), id);
        assertEquals(v.notifiedAt() != null, f.notified(), id);
        assertEquals(v.chair() != null && v.minuteTaker() != null, f.chairAndMinuteTakerSet(), id);
        assertEquals(v.type(), f.type(), id);
        assertEquals(v.status(), f.status(), id);
    }
}
