package vn.chibo.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.TestClock;

/** The daily alert run is made up when the server was off at the job's hour, and only then. */
@QuarkusTest
class AlertCatchUpTest {
    @Inject
    AlertJob job;

    @Inject
    AlertService alerts;

    @AfterEach
    void backToToday() {
        // The catch-up below judged the tree as of another day: judge it as of the tests' day again.
        alerts.computeDaily(TestClock.TODAY);
    }

    @Test
    void aDayWithoutARecordedRunIsCaughtUpOnceAndRecorded() {
        LocalDate missed = TestClock.TODAY.minusDays(1);
        assertFalse(alerts.computedDaily(missed), "the server started on the tests' day: no run the day before");

        Optional<AlertApi.RunResult> first = job.catchUp(missed);
        assertTrue(first.isPresent(), "the missing day is computed");
        assertTrue(first.get().organizations() > 0, "over the whole tree");
        AlertDailyRun recorded = QuarkusTransaction.requiringNew().call(() -> AlertDailyRun.findById(missed));
        assertEquals(first.get().organizations(), recorded.organizations);
        assertEquals(first.get().open(), recorded.open);

        assertTrue(job.catchUp(missed).isEmpty(), "a second check finds the run recorded and does nothing");
    }

    @Test
    void theDayTheDemoWasLoadedNeedsNoCatchUp() {
        // The first start computed the day's alerts with the demo (DemoData) and recorded the run.
        assertTrue(alerts.computedDaily(TestClock.TODAY));
        assertTrue(job.catchUp(TestClock.TODAY).isEmpty());
    }
}
