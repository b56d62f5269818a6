package io.cinequiz.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long what play leaves in the database is kept (see {@link Retention}). */
@ConfigMapping(prefix = "quiz.retention")
public interface RetentionConfig {

    /** How often the retention job runs. */
    @WithDefault("15m")
    String every();

    /** Finished (or expired) sessions, with their questions and answers, are deleted this long after they ended. */
    @WithDefault("7d")
    Duration sessions();

    /** Finished room games, with their rounds, players and answers, are deleted this long after they ended. */
    @WithDefault("7d")
    Duration roomGames();

    /** A question served to a player may be served again this long after (the no-repeat history is forgotten). */
    @WithDefault("90d")
    Duration servedHistory();

    /** Fair-play flags are deleted this long after they were raised. */
    @WithDefault("90d")
    Duration flags();

    /** The markers that keep a game from counting twice are deleted this long after it counted. */
    @WithDefault("7d")
    Duration countedGames();

    /** Past leaderboard periods kept besides the current one (the API shows only the current one). */
    @WithDefault("1")
    int pastPeriods();
}
