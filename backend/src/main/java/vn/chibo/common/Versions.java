package vn.chibo.common;

/** Optimistic concurrency: an edit must be based on the version the record has now. */
public final class Versions {
    private Versions() {}

    public static void require(Long basedOn, long current) {
        if (basedOn == null || basedOn != current) {
            throw ApiException.versionConflict(current);
        }
    }
}
