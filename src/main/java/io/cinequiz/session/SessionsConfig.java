package io.cinequiz.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Quiz session settings. */
@ConfigMapping(prefix = "quiz.sessions")
public interface SessionsConfig {

    /**
     * The time to answer a question of a scored session. The same for every session, so that every leaderboard compares
     * scores earned against the same clock (points depend on it).
     */
    @WithDefault("20s")
    Duration timeLimit();

    /** Tolerance for network latency after a question's time limit. */
    @WithDefault("500ms")
    Duration grace();

    /** A session idle longer than this expires; its unanswered questions count as timed out. */
    @WithDefault("6h")
    Duration idleExpiry();

    /** How often expired sessions are looked for. */
    @WithDefault("5m")
    String expiryCheckEvery();
}
