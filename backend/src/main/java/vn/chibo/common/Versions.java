package vn.chibo.common;

/**
 * Optimistic concurrency: an edit must be based on the version the record has now, named by the body's
 * {@code version} or by the request's {@code If-Match} ({@link IfMatch}). A stale body version is a 409; a
 * stale If-Match is a 412 (the precondition the caller set failed); both answers carry the current version.
 */
public final class Versions {
    private Versions() {}

    public static void require(Long basedOn, long current) {
        Long expected = basedOn(basedOn);
        if (expected == null || expected != current) throw conflict(current);
    }

    /** The version the edit is based on: If-Match's when sent (it must then agree with the body's), else the body's. */
    public static Long basedOn(Long bodyVersion) {
        Long header = IfMatch.current();
        if (header == null) return bodyVersion;
        if (bodyVersion != null && !bodyVersion.equals(header)) {
            throw ApiException.badRequest("if-match-disagrees", header, bodyVersion);
        }
        return header;
    }

    /** The refusal of an edit based on another version than {@code current}. */
    public static ApiException conflict(long current) {
        return IfMatch.current() != null ? ApiException.preconditionFailed(current) : ApiException.versionConflict(current);
    }
}
