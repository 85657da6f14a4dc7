package vn.chibo.meeting;

public enum MeetingMode { IN_PERSON, ONLINE, HYBRID }
