package io.cinequiz.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Rate limits: a token bucket per verified API client (its own quota when the operator gave it one, else these), and
 * one per client address for every other request. Buckets live in each replica's memory, so with N replicas behind a
 * balancer a client gets up to N times the limit.
 */
@ConfigMapping(prefix = "quiz.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a client may make in a burst (the bucket's size). */
    @WithDefault("200")
    long capacity();

    /** Requests given back every {@link #refillPeriod()}. */
    @WithDefault("50")
    long refillTokens();

    /** The period over which {@link #refillTokens()} come back. */
    @WithDefault("1s")
    Duration refillPeriod();

    /** Clients whose bucket is kept in memory at most; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long maxClients();
}
