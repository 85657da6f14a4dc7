package vn.chibo.report;

/** DRAFT (nháp): the narrative may change. SUBMITTED (đã gửi): frozen; only a resubmission adds a revision. */
public enum ReportStatus { DRAFT, SUBMITTED }
