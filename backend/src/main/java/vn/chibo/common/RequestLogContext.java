package vn.chibo.common;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the request id and the caller's principal name in the logging context (MDC) of every request, so
 * that each log line of a request carries them (%X{requestId} %X{user}), and clears them when the
 * request ends. The id is the caller's X-Request-Id when it is short and made of safe characters (a
 * proxy or the web app can then follow one request across systems), otherwise a fresh one; it is
 * echoed in the X-Request-Id response header. The user is the token's principal name (the Keycloak
 * username or a client's service account), never a full name or an e-mail address.
 */
@ApplicationScoped
public class RequestLogContext {
    public static final String HEADER = "X-Request-Id";
    public static final String REQUEST_ID = "requestId";
    public static final String USER = "user";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** One DEBUG line per request, in a category an environment variable can name (QUARKUS_LOG_CATEGORY__VN_CHIBO_REQUESTS__LEVEL). */
    private static final Logger LOG = Logger.getLogger("vn.chibo.requests");

    private final CurrentIdentityAssociation identities;

    public RequestLogContext(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Runs first on every HTTP request (API, static, errors before the API is reached). */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::start);
    }

    private void start(RoutingContext rc) {
        String id = requestId(rc.request().getHeader(HEADER));
        long started = System.nanoTime();
        MDC.put(REQUEST_ID, id);
        rc.response().putHeader(HEADER, id);
        rc.addEndHandler(done -> {
            if (LOG.isDebugEnabled()) {
                LOG.debugf("%s %s %d %d ms", rc.request().method(), rc.normalizedPath(), rc.response().getStatusCode(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(REQUEST_ID);
            MDC.remove(USER);
        });
        rc.next();
    }

    static String requestId(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /**
     * Once the API is reached the caller is known (or is anonymous). A token that fails is left to the
     * security checks and the problem mappers: here it only means no user in the log context.
     */
    @ServerRequestFilter
    public Uni<Void> user() {
        return identities.getDeferredIdentity()
                .onItem().invoke(RequestLogContext::remember)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static void remember(SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous()) MDC.put(USER, identity.getPrincipal().getName());
    }
}
