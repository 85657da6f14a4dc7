package vn.chibo.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * The build's training run of the JDK AOT cache (JEP 483/514, scripts/lib.sh {@code backend_aot_train}):
 * with {@code chibo.aot-training=true} the application stops as soon as it has started, so the JVM writes
 * the classes that start-up loaded and linked (CDI, Hibernate, Flyway, the validator, OIDC...) into
 * {@code quarkus-app/app.aot}, which later starts map instead of loading them again. Off otherwise.
 */
@ApplicationScoped
public class AotTrainingRun {
    private static final Logger LOG = Logger.getLogger(AotTrainingRun.class);

    private final boolean training;

    AotTrainingRun(ChiboConfig config) {
        this.training = config.aotTraining();
    }

    /** Last of the start-up observers, so the training sees every one of them run. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        if (!training) return;
        LOG.info("AOT training run: started, stopping now so that the JVM writes its AOT cache");
        Quarkus.asyncExit(0);
    }
}
