package vn.chibo.common;

import java.time.LocalDate;

/** When something due by a day is late: handed in after it, or still not handed in once it has passed. */
public final class Deadlines {
    private Deadlines() {}

    public static boolean late(LocalDate due, LocalDate handedInOn, LocalDate today) {
        return (handedInOn != null ? handedInOn : today).isAfter(due);
    }
}
