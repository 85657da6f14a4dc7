package vn.chibo.alert;

/** How urgent an alert is: a heads-up, something late, or something already missed. */
public enum Severity { INFO, WARNING, CRITICAL }
