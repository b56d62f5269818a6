package io.cinequiz.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cinequiz.security.VerifiedClient;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Token buckets: one per verified API client (its own quota, or the default), one per client address for everything
 * else. Keys are client ids and addresses only, never unverified key values. An IPv6 address counts by its /64 prefix,
 * the block one subscriber usually gets.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> clients;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
        // Once idle for as long as a refill of the whole bucket takes, a bucket is full again: nothing is lost by
        // forgetting it.
        Duration refillAll = config.refillPeriod().multipliedBy(
                Math.max(1, (config.capacity() + config.refillTokens() - 1) / config.refillTokens()));
        this.addresses = Caffeine.newBuilder().maximumSize(config.maxClients()).expireAfterAccess(refillAll).build();
        this.clients = Caffeine.newBuilder().maximumSize(10_000).build();
    }

    /** Takes one request from the client's bucket. */
    ConsumptionProbe take(VerifiedClient client) {
        return clients.get(client.id(), k -> {
            long capacity = client.burst() != null ? client.burst() : config.capacity();
            return client.requestsPerSecond() != null
                    ? bucket(capacity, client.requestsPerSecond(), Duration.ofSeconds(1))
                    : bucket(capacity, config.refillTokens(), config.refillPeriod());
        }).tryConsumeAndReturnRemaining(1);
    }

    /** Takes one request from the bucket of the request's address. */
    ConsumptionProbe take(HttpServerRequest request) {
        return addresses.get(address(request), k -> bucket(config.capacity(), config.refillTokens(),
                config.refillPeriod())).tryConsumeAndReturnRemaining(1);
    }

    /** Limit of a client's bucket, for the {@code RateLimit-Limit} header. */
    long capacity(VerifiedClient client) {
        return client != null && client.burst() != null ? client.burst() : config.capacity();
    }

    /**
     * Charges a request whose credentials failed to its address: 429 ({@link RateLimitedException}) when the address
     * has no request left. Nothing when limits are off.
     */
    public void chargeAddress(HttpServerRequest request) {
        if (!config.enabled()) {
            return;
        }
        ConsumptionProbe probe = take(request);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Math.max(1, RateLimitFilter.seconds(probe.getNanosToWaitForRefill())));
        }
    }

    /** The address a request counts against: the peer's, or a trusted proxy's forwarded one; IPv6 by /64. */
    public static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : address(request.remoteAddress().hostAddress());
    }

    /** The bucket of an address: an IPv4 address as is, an IPv6 address by its /64 prefix. */
    static String address(String host) {
        if (host == null || host.indexOf(':') < 0) {
            return host == null ? "unknown" : host;
        }
        try {
            byte[] ip = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                    .getAddress();
            return ip.length == 16 ? HexFormat.of().formatHex(ip, 0, 8) + "::/64"
                    : InetAddress.getByAddress(ip).getHostAddress(); // an IPv4-mapped address
        } catch (UnknownHostException e) {
            return host;
        }
    }

    private static Bucket bucket(long capacity, long refill, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period)).build();
    }
}
