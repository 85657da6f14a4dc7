package vn.chibo.member;

/** How a member relates to one organisation on a day, as the minutes template counts them. */
public enum Attachment { PRIMARY, TEMPORARY_IN, TEMPORARY_OUT }
