package vn.chibo.importing;

public enum ImportKind { MEMBERS, ORGANIZATIONS }
