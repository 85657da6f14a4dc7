package vn.chibo.documentpack;

/** What a file of a document pack is. */
public enum PackFileKind { DOCUMENT, AGENDA, MINUTES, RESOLUTION }
