package vn.chibo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsProvinceStaff;

/**
 * The benchmark's growth of the demo province (chibo.demo-province-cells): 40 more cells make two
 * communes (30 and 10 cells) with members and a year of meetings, rolled up on the province's dashboard.
 */
@QuarkusTest
@TestProfile(ProvinceScaleTest.Grown.class)
class ProvinceScaleTest extends ApiTest {
    public static class Grown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chibo.demo-history", "true", "chibo.demo-province-cells", "40",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:province-scale;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                    "chibo.storage.dir", "target/province-scale-files");
        }
    }

    @Inject
    EntityManager em;

    @Test
    @AsProvinceStaff
    void fortyMoreCellsComeAsTwoCommunesWithMembersAndAYearOfMeetings() {
        long[] counts = QuarkusTransaction.requiringNew().call(() -> new long[] {
            count("select count(o) from Organization o where o.code like 'LCH-P%' and o.holdsMeetings = false"),
            count("select count(o) from Organization o where o.code like 'LCH-P%' and o.holdsMeetings = true"),
            count("select count(ms) from Membership ms where ms.organization.code like 'LCH-P%'"),
            count("select count(distinct m.organization.id) from Meeting m where m.organization.code like 'LCH-P%'"),
            count("select count(m) from Meeting m where m.organization.code like 'LCH-P001-C01'"),
            count("select count(m) from Meeting m"),
            count("select count(f) from MeetingFactRow f, Meeting m where m.id = f.meetingId and f.revision = m.factsRevision"),
        });
        assertEquals(2, counts[0], "communes");
        assertEquals(40, counts[1], "cells");
        assertTrue(counts[2] >= 40 * 9 && counts[2] <= 40 * 31, "members: " + counts[2]);
        assertEquals(40, counts[3], "every new cell has meetings");
        assertTrue(counts[4] >= 12, "a year of meetings of one cell: " + counts[4]);
        assertEquals(counts[5], counts[6], "the loader stored the current facts of every meeting");

        String lastMonth = YearMonth.from(time.today()).minusMonths(1).toString();
        JsonPath dashboard = api().get("/api/v1/organizations/{id}/dashboard?period={p}", org("LCH"), lastMonth).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(dashboard.getInt("cells") >= 26 + 40, "cells on the province dashboard: " + dashboard.getInt("cells"));
        // More cells met than the demo has of its own: the new ones roll up into the province.
        assertTrue(dashboard.getInt("regime.met") > 26, "cells that met: " + dashboard.getInt("regime.met"));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
