package vn.chibo.report;

import java.time.Instant;

/**
 * Who takes a step on a report and when: the caller now, or a named person on a past day (the demo sends its past
 * year's reports through the same steps). The name is the one printed when no post holder signs.
 */
public record ReportSender(String username, String name, Instant at) {}
