package io.cinequiz.ratelimit;

import io.cinequiz.opentdb.OpenTdbResponses;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits every API request (the native API and the OpenTDB one; not the health, metrics and OpenAPI endpoints under
 * {@code /q}). The native API answers an exhausted client 429 with {@code Retry-After}; the OpenTDB API answers as
 * Open Trivia DB does, HTTP 200 with response code 5. Every limited response carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}.
 */
class RateLimitFilter {

    static final String API_KEY = "X-API-Key";
    private static final String PROBE = RateLimitFilter.class.getName() + ".probe";

    private final RateLimiter limiter;
    private final RateLimitConfig config;

    RateLimitFilter(RateLimiter limiter, RateLimitConfig config) {
        this.limiter = limiter;
        this.config = config;
    }

    @ServerRequestFilter
    Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return null;
        }
        String apiKey = request.getHeaderString(API_KEY);
        String client = apiKey != null && !apiKey.isBlank() ? "key:" + apiKey.trim()
                : "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
        ConsumptionProbe probe = limiter.take(client);
        request.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        String path = request.getUriInfo().getPath();
        if (answersAsOpenTdb(path)) {
            return Response.ok(OpenTdbResponses.rateLimited(path), MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", retryAfter).build();
        }
        throw new RateLimitedException(retryAfter);
    }

    @ServerResponseFilter
    void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe) {
            response.getHeaders().putSingle("RateLimit-Limit", config.capacity());
            response.getHeaders().putSingle("RateLimit-Remaining", probe.getRemainingTokens());
            response.getHeaders().putSingle("RateLimit-Reset", seconds(probe.getNanosToWaitForReset()));
        }
    }

    /** Whether a client over its limit gets Open Trivia DB's answer (HTTP 200, response code 5) rather than a 429. */
    static boolean answersAsOpenTdb(String path) {
        return path.endsWith(".php");
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
