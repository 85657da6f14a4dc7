package vn.chibo.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, on every API operation, a query parameter the operation does not read: a misspelt filter
 * silently ignored would show (or export) wrong figures as if they were right. What an operation reads is
 * what its method declares with {@code @QueryParam}, directly or in a {@code @BeanParam} (paging), so the
 * rule cannot drift from the code. Runs after authentication, so a caller without a token still gets 401.
 */
public class UnknownQueryParameterFilter {
    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.USER)
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) return;
        QueryParameters.requireKnown(request.getUriInfo(), known.computeIfAbsent(method, UnknownQueryParameterFilter::read));
    }

    /** The query parameters a resource method declares. */
    public static Set<String> read(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) names.add(q.value());
                if (a instanceof BeanParam) names.addAll(ofBean(types[i]));
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> ofBean(Class<?> bean) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) names.add(q.value());
            }
        }
        return names;
    }
}
