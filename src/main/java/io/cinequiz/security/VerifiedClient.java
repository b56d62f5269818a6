package io.cinequiz.security;

import java.util.List;

/**
 * An API client whose key was verified: what the rest of the service needs of it (its id, the namespace of its players
 * and communities; its scopes; its own quotas, null for the configured defaults).
 */
public record VerifiedClient(String id, List<String> scopes, Integer requestsPerSecond, Integer burst,
        Integer sessionsPerHour, Integer openRooms) {

    static VerifiedClient of(ApiClient c) {
        return new VerifiedClient(c.id, List.copyOf(c.scopeList()), c.requestsPerSecond, c.burst, c.sessionsPerHour,
                c.openRooms);
    }
}
