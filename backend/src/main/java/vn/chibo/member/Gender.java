package vn.chibo.member;

public enum Gender { MALE, FEMALE, OTHER }
