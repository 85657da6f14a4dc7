package vn.chibo.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The living demo as loaded on 6 December 2026 (the tests' usual day). */
@QuarkusTest
@TestProfile(DemoHistoryTest.Day.class)
class DemoHistoryTest extends LivingDemoChecks {
    public static class Day extends LivingDemoAt {
        public Day() {
            super("2026-12-06");
        }
    }
}
