package vn.chibo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh cell under Đảng bộ xã Bình Lư built through the API (so the caller must be allowed to):
 * three official members, one probationary, one exempt. Meetings are scheduled in Vietnam time.
 */
public final class CellFixture {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public final UUID cellId;
    public final UUID an;
    public final UUID binh;
    public final UUID cuong;
    public final UUID probationary;
    public final UUID exempt;

    private CellFixture(UUID cellId, UUID an, UUID binh, UUID cuong, UUID probationary, UUID exempt) {
        this.cellId = cellId;
        this.an = an;
        this.binh = binh;
        this.cuong = cuong;
        this.probationary = probationary;
        this.exempt = exempt;
    }

    public static CellFixture create(UUID parentId) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID cell = id(given().contentType(ContentType.JSON).body(Map.of("name", "Chi bộ thử " + suffix,
                "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "THON_BAN_TDP", "parentId", parentId.toString(),
                "validFrom", "2020-01-01")).post("/api/v1/organizations").then().statusCode(201).extract().path("id"));
        UUID an = member(cell, "Lò Văn An " + suffix, "2000-01-01", "2001-01-02");
        UUID binh = member(cell, "Tòng Thị Bình " + suffix, "2001-01-01", "2002-01-02");
        UUID cuong = member(cell, "Hà Văn Cường " + suffix, "2002-01-01", "2003-01-02");
        LocalDate recent = TestClock.TODAY.minusMonths(2);
        UUID probationary = member(cell, "Lù Thị Dự " + suffix, recent.toString(), null);
        UUID exempt = member(cell, "Quàng Văn Miễn " + suffix, "1970-01-01", "1971-01-02");
        int version = given().get("/api/v1/members/{id}", exempt).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("version", version, "reason", "AGE", "validFrom", "2020-01-01"))
                .post("/api/v1/members/{id}/exemptions", exempt).then().statusCode(200);
        return new CellFixture(cell, an, binh, cuong, probationary, exempt);
    }

    /** Adds that many official members to the cell and returns their ids. */
    public List<UUID> addMembers(int count) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> member(cellId, "Đảng viên " + i + " " + suffix, "2005-01-01", "2006-01-02")).toList();
    }

    /** Appoints a member of the cell to a position (SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER...) from a day, to a day or open. */
    public void appoint(UUID memberId, String position, LocalDate from, LocalDate to) {
        int version = given().get("/api/v1/members/{id}", memberId).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "organizationId", cellId.toString(),
                "position", position, "validFrom", from.toString()));
        if (to != null) body.put("validTo", to.toString());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members/{id}/positions", memberId).then()
                .statusCode(200);
    }

    /** Schedules a meeting and returns its id. */
    public UUID schedule(String type, OffsetDateTime start) {
        return id(given().contentType(ContentType.JSON).body(Map.of("type", type, "scheduledStart", iso(start),
                "place", "Nhà văn hóa bản")).post("/api/v1/organizations/{id}/meetings", cellId).then().statusCode(201)
                .extract().path("id"));
    }

    public static long version(UUID meetingId) {
        return ((Number) given().get("/api/v1/meetings/{id}", meetingId).then().extract().path("version")).longValue();
    }

    public static void attend(UUID meetingId, UUID memberId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (status.equals("ABSENT_EXCUSED")) body.put("reasonCategory", "WORK");
        given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/meetings/{id}/attendance/{memberId}", meetingId, memberId).then().statusCode(200);
    }

    /** Records actual times: the meeting is then held. */
    public static void hold(UUID meetingId, OffsetDateTime start, int minutes) {
        given().contentType(ContentType.JSON).body(Map.of("version", version(meetingId), "actualStart", iso(start),
                "actualEnd", iso(start.plusMinutes(minutes)))).post("/api/v1/meetings/{id}/times", meetingId)
                .then().statusCode(200);
    }

    /** The cell's own evaluation of a held meeting, full marks on every manual criterion, submitted for verification. */
    public static void selfEvaluate(UUID meetingId) {
        List<Map<String, Object>> scores = given().get("/api/v1/meetings/{id}/evaluation", meetingId).then()
                .statusCode(200).extract().path("scores");
        List<Map<String, Object>> manual = scores.stream().filter(s -> s.get("autoPoints") == null)
                .map(s -> Map.<String, Object>of("code", s.get("code"), "points", s.get("maxPoints"))).toList();
        int version = given().contentType(ContentType.JSON).body(Map.of("version", 0, "scores", manual))
                .put("/api/v1/meetings/{id}/evaluation", meetingId).then().statusCode(200).extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/v1/meetings/{id}/evaluation/submit", meetingId).then().statusCode(200);
    }

    public static OffsetDateTime hoursAgo(int hours) {
        return TestClock.local().minusHours(hours).withNano(0);
    }

    /** Always with seconds, as the contract's date-time format requires. */
    public static String iso(OffsetDateTime time) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static UUID member(UUID cell, String name, String admission, String official) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("gender", "MALE");
        body.put("admissionDate", admission);
        if (official != null) body.put("officialDate", official);
        body.put("organizationId", cell.toString());
        body.put("joinedOn", admission.compareTo("2020-01-01") < 0 ? "2020-01-01" : admission);
        return id(given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(201)
                .extract().path("id"));
    }

    private static UUID id(Object value) {
        return UUID.fromString(value.toString());
    }
}
