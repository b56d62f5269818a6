package io.cinequiz.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cinequiz.security.Caller;
import io.cinequiz.security.VerifiedClient;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Hourly quotas on what requests create: sessions, player identities, OpenTDB tokens, reports, room games and their
 * players, each counted per verified API client or else per address, in a token bucket that refills continuously (one
 * token every hour / quota), so a burst empties it for minutes, not for the hour. A client with its own quota from the
 * operator gets that one. Sessions started with a player token count against that player's own quota, not its
 * address's (review round 2, M3: one player behind a shared address no longer stops the others); the address guards
 * the creation of identities.
 */
@ApplicationScoped
public class Quotas {

    /** What a quota counts. */
    public enum Kind {
        SESSIONS("sessions"), PLAYERS("new players"), OPENTDB_TOKENS("OpenTDB tokens"), REPORTS("reports"),
        ROOM_GAMES("room games"), ROOM_PLAYERS("players added to room games");

        final String what;

        Kind(String what) {
            this.what = what;
        }
    }

    private final QuotasConfig config;
    private final Cache<String, Bucket> buckets;

    Quotas(QuotasConfig config, RateLimitConfig limits) {
        this.config = config;
        // A bucket idle for an hour is full again: nothing is lost by forgetting it.
        this.buckets = Caffeine.newBuilder().maximumSize(limits.maxClients()).expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    /** Takes one of the caller's quota of {@code kind}; 429 {@code quota-exceeded} when none is left. */
    public void take(Kind kind, Caller caller) {
        ConsumptionProbe probe = probe(kind, caller);
        if (probe != null && !probe.isConsumed()) {
            throw new QuotaExceededException(kind.what, perHour(kind, caller.client().orElse(null)),
                    caller.client().isPresent() ? "client" : playerCounted(kind, caller) ? "player" : "address",
                    Math.max(1, RateLimitFilter.seconds(probe.getNanosToWaitForRefill())));
        }
    }

    /** Takes one of the caller's quota of {@code kind}, answering whether there was one (for OpenTDB's code 5). */
    public boolean tryTake(Kind kind, Caller caller) {
        ConsumptionProbe probe = probe(kind, caller);
        return probe == null || probe.isConsumed();
    }

    /** Rooms with an unfinished game the client may have at once. */
    public int openRooms(VerifiedClient client) {
        return client.openRooms() != null ? client.openRooms() : config.openRoomsPerClient();
    }

    /** Players one room game may have. */
    public int playersPerRoomGame() {
        return config.playersPerRoomGame();
    }

    /** Unfinished sessions one player may have. */
    public int openSessionsPerPlayer() {
        return config.openSessionsPerPlayer();
    }

    private ConsumptionProbe probe(Kind kind, Caller caller) {
        if (!config.enabled()) {
            return null;
        }
        VerifiedClient client = caller.client().orElse(null);
        int perHour = perHour(kind, client);
        String owner = client != null ? "client:" + client.id()
                : playerCounted(kind, caller) ? "player:" + caller.tokenPlayer().orElseThrow()
                : "address:" + caller.address();
        return buckets.get(kind + "|" + owner, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1))).build())
                .tryConsumeAndReturnRemaining(1);
    }

    /** Whether a quota is the player's own: sessions started with a player token (and no API key). */
    private static boolean playerCounted(Kind kind, Caller caller) {
        return kind == Kind.SESSIONS && caller.client().isEmpty() && caller.tokenPlayer().isPresent();
    }

    private int perHour(Kind kind, VerifiedClient client) {
        return switch (kind) {
            case SESSIONS -> client != null && client.sessionsPerHour() != null ? client.sessionsPerHour()
                    : config.sessionsPerHour();
            case PLAYERS -> config.playersPerHour();
            case OPENTDB_TOKENS -> config.opentdbTokensPerHour();
            case REPORTS -> config.reportsPerHour();
            case ROOM_GAMES -> config.roomGamesPerHour();
            case ROOM_PLAYERS -> config.roomPlayersPerHour();
        };
    }
}
