package vn.chibo.meeting;

public enum DocumentKind { MATERIAL, DRAFT_RESOLUTION, TOPIC_REPORT, OTHER }
