package io.cinequiz.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Keeps the tags of the HTTP request metrics ({@code http.server.*}) to a bounded set, whatever a client sends:
 * <ul>
 * <li>the {@code method} tag is one of the methods HTTP defines, or {@code OTHER} for any made-up one (review round 2,
 * M1: each new name was a new series, 429 answers included);</li>
 * <li>a request no REST template matched but that was answered below 400 (a static file, {@code /q/openapi}) is tagged
 * by its normalised path, so {@code /x/../q/openapi} counts as {@code /q/openapi} and not as a new raw path (review
 * round 2, L2). Unmatched 4xx answers are tagged {@code UNKNOWN} or {@code NOT_FOUND} by Quarkus
 * ({@code quarkus.micrometer.binder.http-server.suppress4xx-errors}).</li>
 * </ul>
 */
@ApplicationScoped
class RequestMetricTags {

    /** The methods of RFC 9110 and RFC 5789: every other name is tagged {@value #OTHER}. */
    static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");
    static final String OTHER = "OTHER";
    /** Where Quarkus's metrics read the template of a request (the REST layer sets it when a resource matches). */
    private static final String TEMPLATE = "UrlPathTemplate";
    /** First of all handlers, so that the end handler is registered before anything answers. */
    private static final int ORDER = -2_100_000;

    @Produces
    @Singleton
    MeterFilter boundedHttpTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                String method = id.getTag("method");
                if (method == null || KNOWN_METHODS.contains(method)) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(tag -> tag.getKey().equals("method") ? Tag.of("method", OTHER) : tag).toList();
                return id.replaceTags(tags);
            }
        };
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(v -> tagByNormalisedPath(context));
            context.next();
        });
    }

    private static void tagByNormalisedPath(RoutingContext context) {
        if (context.response().getStatusCode() >= 400
                || !(context.request() instanceof HttpServerRequestInternal request)) {
            return;
        }
        String raw;
        try {
            raw = request.path();
        } catch (RuntimeException unparsable) {
            return;
        }
        String normalised = context.normalizedPath();
        if (raw != null && normalised != null && !raw.equals(normalised)
                && request.context().getLocal(TEMPLATE) == null) {
            request.context().putLocal(TEMPLATE, normalised);
        }
    }
}
