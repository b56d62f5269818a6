package io.cinequiz.security;

import java.time.Instant;
import java.util.List;

/**
 * An API client as the admin API shows it; {@code key} only in the answer that creates it (it is stored only as a
 * hash). Null quotas take the configured defaults.
 */
public record ClientView(String id, String key, List<String> scopes, Integer requestsPerSecond, Integer burst,
        Integer sessionsPerHour, Integer openRooms, Instant createdAt, Instant revokedAt) {

    static ClientView of(ApiClient c, String key) {
        return new ClientView(c.id, key, c.scopeList(), c.requestsPerSecond, c.burst, c.sessionsPerHour, c.openRooms,
                c.createdAt, c.revokedAt);
    }
}
