package io.cinequiz.session;

/**
 * A created session, with its token: shown once, required as {@code Authorization: Bearer} on every later call.
 * {@code ranked}: whether it counts on the leaderboards (not when a category or difficulty narrowed its questions).
 */
public record SessionCreated(String sessionId, String token, String playerId, String displayName, String film,
        int total, int timeLimitSeconds, boolean ranked) {
}
