package vn.chibo.resolution;

public enum ResolutionKind { RESOLUTION, CONCLUSION }
