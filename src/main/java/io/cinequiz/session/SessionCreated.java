package io.cinequiz.session;

/** A created session, with its token: shown once, required as {@code Authorization: Bearer} on every later call. */
public record SessionCreated(String sessionId, String token, String playerId, String displayName, String film,
        int total, int timeLimitSeconds) {
}
