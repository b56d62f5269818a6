package io.cinequiz.ratelimit;

import io.cinequiz.opentdb.OpenTdbResponses;
import io.cinequiz.security.Caller;
import io.cinequiz.security.Scopes;
import io.cinequiz.security.VerifiedClient;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits every API request (the native API and the OpenTDB one; not the management endpoints): a request with a
 * verified API key counts against its client's bucket, any other against its address's. It runs after the caller is
 * authenticated, so an unknown key never gets a bucket (it is a 401, charged to its address). The native API answers an
 * exhausted client 429 with {@code Retry-After}; the OpenTDB API answers as Open Trivia DB does, HTTP 200 with response
 * code 5. Every limited response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}.
 */
class RateLimitFilter {

    private static final String PROBE = RateLimitFilter.class.getName() + ".probe";
    private static final String LIMIT = RateLimitFilter.class.getName() + ".limit";

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final Caller caller;

    RateLimitFilter(RateLimiter limiter, RateLimitConfig config, Caller caller) {
        this.limiter = limiter;
        this.config = config;
        this.caller = caller;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 100)
    Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled() || caller.has(Scopes.ADMIN)) {
            return null; // the operator is not limited
        }
        VerifiedClient client = caller.client().orElse(null);
        ConsumptionProbe probe = client != null ? limiter.take(client) : limiter.take(http);
        request.setProperty(PROBE, probe);
        request.setProperty(LIMIT, limiter.capacity(client));
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
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
            response.getHeaders().putSingle("RateLimit-Limit", request.getProperty(LIMIT));
            response.getHeaders().putSingle("RateLimit-Remaining", probe.getRemainingTokens());
            response.getHeaders().putSingle("RateLimit-Reset", seconds(probe.getNanosToWaitForReset()));
        }
    }

    /** Whether a client over its limit gets Open Trivia DB's answer (HTTP 200, response code 5) rather than a 429. */
    static boolean answersAsOpenTdb(String path) {
        return path.endsWith(".php");
    }

    static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
