package io.cinequiz.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinequiz.problem.RouteProblems;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Charges requests for the OpenAPI document ({@code /q/openapi}, about 165 KB, served by a Vert.x route outside the
 * REST layer that {@link RateLimitFilter} guards) to their address's bucket, like an anonymous API request (review
 * round 2, L2): past the limit, a 429 {@code rate-limited} problem with {@code Retry-After}.
 */
@ApplicationScoped
class OpenApiRateLimit {

    /** After the HTTP-layer checks, before Quarkus's route that serves the document. */
    private static final int ORDER = -1_900_000;

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final ObjectMapper json;

    OpenApiRateLimit(RateLimiter limiter, RateLimitConfig config, ObjectMapper json) {
        this.limiter = limiter;
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route("/q/openapi*").order(ORDER).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        if (!config.enabled()) {
            context.next();
            return;
        }
        ConsumptionProbe probe = limiter.take(context.request());
        context.response().putHeader("RateLimit-Limit", String.valueOf(limiter.capacity(null)))
                .putHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()))
                .putHeader("RateLimit-Reset", String.valueOf(RateLimitFilter.seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        RateLimitedException limited = new RateLimitedException(
                Math.max(1, RateLimitFilter.seconds(probe.getNanosToWaitForRefill())));
        context.response().putHeader("Retry-After", String.valueOf(limited.headers().get("Retry-After")));
        RouteProblems.send(context, json, 429, limited.type(), limited.title(), limited.getMessage(),
                context.normalizedPath());
    }
}
