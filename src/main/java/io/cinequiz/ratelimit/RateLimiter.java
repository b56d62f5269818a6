package io.cinequiz.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** One Bucket4j token bucket per client key, kept while the client is active (a full bucket is forgotten). */
@ApplicationScoped
class RateLimiter {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
        // Once idle for as long as a refill of the whole bucket takes, a bucket is full again: nothing is lost by
        // forgetting it.
        Duration refillAll = config.refillPeriod().multipliedBy(
                Math.max(1, (config.capacity() + config.refillTokens() - 1) / config.refillTokens()));
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxClients()).expireAfterAccess(refillAll).build();
    }

    /** Takes one request from the client's bucket. */
    ConsumptionProbe take(String clientKey) {
        return buckets.get(clientKey, k -> Bucket.builder().addLimit(limit -> limit.capacity(config.capacity())
                .refillGreedy(config.refillTokens(), config.refillPeriod())).build()).tryConsumeAndReturnRemaining(1);
    }
}
