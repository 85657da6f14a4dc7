package vn.chibo.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The build's training run of the JDK AOT cache (JEP 483/514, scripts/lib.sh {@code backend_aot_train}):
 * with {@code chibo.aot-training=true} the application, once started, does what every real start and its
 * first requests do next, then stops, so the JVM writes the classes they loaded and linked (CDI, Hibernate
 * and its HQL parser, Flyway, the validator, OIDC, the HTTP codecs...) into {@code quarkus-app/app.aot},
 * which later starts map instead of loading them again. Off otherwise.
 *
 * <p>Why more than starting: a restart on the demo runs an HQL query while it starts (the demo check) and
 * its first liveness probe is served by the HTTP stack; without them in the training, about 700 classes
 * (the HQL grammar alone is 310) were still read from the jars on every start (bench/startup.sh).
 */
@ApplicationScoped
public class AotTrainingRun {
    private static final Logger LOG = Logger.getLogger(AotTrainingRun.class);
    private static final Duration PORT_WAIT = Duration.ofSeconds(30);

    private final boolean training;
    private final EntityManager em;

    AotTrainingRun(ChiboConfig config, EntityManager em) {
        this.training = config.aotTraining();
        this.em = em;
    }

    /** Last of the start-up observers, so the training sees every one of them run. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        if (!training) return;
        // The HTTP ports are bound after the start-up observers: exercise them from a thread of its own.
        Thread.ofPlatform().name("aot-training").daemon().start(this::exerciseThenStop);
    }

    private void exerciseThenStop() {
        try {
            long organizations = QuarkusTransaction.requiringNew().call(() ->
                    em.createQuery("select count(o) from Organization o", Long.class).getSingleResult());
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                int live = get(http, "http://127.0.0.1:" + boundPort("quarkus.management.port") + "/q/health/live");
                // Without a token: the sign-in check and the problem+json answer (401).
                int api = get(http, "http://127.0.0.1:" + boundPort("quarkus.http.port") + "/api/v1/organizations");
                LOG.infof("AOT training run: %d organisations, live %d, API without a token %d; stopping now so that"
                        + " the JVM writes its AOT cache", organizations, live, api);
            }
        } catch (Exception e) {
            // The cache is still written from what was loaded so far; the build never fails for it.
            LOG.warnf("AOT training run: the exercise stopped early (%s); stopping now", e.toString());
        } finally {
            Quarkus.asyncExit(0);
        }
    }

    private static int get(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The port Quarkus bound (it publishes it as a system property once listening; the build asks for port 0). */
    private static int boundPort(String property) throws InterruptedException {
        long deadline = System.nanoTime() + PORT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String port = System.getProperty(property);
            if (port != null && !port.equals("0")) return Integer.parseInt(port);
            Thread.sleep(50);
        }
        throw new IllegalStateException(property + " was not bound within " + PORT_WAIT);
    }
}
