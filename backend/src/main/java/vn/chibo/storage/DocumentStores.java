package vn.chibo.storage;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import vn.chibo.common.ChiboConfig;

/**
 * Chooses the document store by {@code chibo.storage.kind}, when the application starts. A producer reading the
 * runtime setting: {@code @IfBuildProperty} would fix the kind when the application is built, and
 * {@code @LookupIfProperty} only filters lookups through {@code Instance}, not injection. {@code @Startup} makes an
 * unknown kind stop the start with its message instead of failing the first upload.
 */
@ApplicationScoped
class DocumentStores {
    @Produces
    @Startup
    @ApplicationScoped
    DocumentStore documentStore(ChiboConfig config) {
        return of(config.storage().kind(), Path.of(config.storage().dir()));
    }

    static DocumentStore of(String kind, Path dir) {
        if (SharedDirectoryStore.KIND.equals(kind)) return new SharedDirectoryStore(dir);
        throw new IllegalStateException("chibo.storage.kind=" + kind + " is not a document store this build has:"
                + " use " + SharedDirectoryStore.KIND + " (a directory, shared by the replicas; s3 is planned)");
    }
}
