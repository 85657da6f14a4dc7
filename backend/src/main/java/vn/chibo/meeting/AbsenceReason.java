package vn.chibo.meeting;

public enum AbsenceReason { WORK, ILLNESS, FAMILY, TRAVEL, OTHER }
