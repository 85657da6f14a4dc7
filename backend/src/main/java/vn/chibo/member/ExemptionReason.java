package vn.chibo.member;

public enum ExemptionReason { AGE, HEALTH, OTHER }
