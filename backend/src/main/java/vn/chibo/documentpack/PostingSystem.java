package vn.chibo.documentpack;

/** The external systems a document pack is posted to: for now the Sổ tay đảng viên app (QĐ 339-QĐ/TW). */
public enum PostingSystem { SOTAY }
