package vn.chibo.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The living demo as loaded on 15 January 2027: the new year's annual plan, last year's model programme, a quarter just begun. */
@QuarkusTest
@TestProfile(DemoHistoryJanuaryTest.Day.class)
class DemoHistoryJanuaryTest extends LivingDemoChecks {
    public static class Day extends LivingDemoAt {
        public Day() {
            super("2027-01-15");
        }
    }
}
