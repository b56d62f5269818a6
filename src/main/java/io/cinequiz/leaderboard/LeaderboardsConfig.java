package io.cinequiz.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Leaderboard settings. */
@ConfigMapping(prefix = "quiz.leaderboards")
public interface LeaderboardsConfig {

    /** Time zone in which days, ISO weeks and months begin. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Deepest board position a page may start at; further down, ask for a player's rank and neighbours instead. */
    @WithDefault("10000")
    int maxOffset();
}
