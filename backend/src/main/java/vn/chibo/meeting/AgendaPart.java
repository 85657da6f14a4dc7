package vn.chibo.meeting;

public enum AgendaPart { OPENING, CONTENT, CLOSING }
