package vn.chibo.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The living demo as loaded on 1 July 2027: the first day of the second half-year and of a quarter. */
@QuarkusTest
@TestProfile(DemoHistoryJulyTest.Day.class)
class DemoHistoryJulyTest extends LivingDemoChecks {
    public static class Day extends LivingDemoAt {
        public Day() {
            super("2027-07-01");
        }
    }
}
