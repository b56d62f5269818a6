package io.cinequiz.room;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Room game settings. */
@ConfigMapping(prefix = "quiz.rooms")
public interface RoomsConfig {

    /** An unfinished game with no round served and no answer for this long ends without a winner (scores count). */
    @WithDefault("1h")
    Duration idleExpiry();

    /**
     * Players who answered that a game needs to count on the leaderboards (points, wins, games): below it, a bot's
     * solo games would let one player farm the shared boards.
     */
    @WithDefault("2")
    int minPlayersToCount();

    /** The least target score of a game whose winners count a win on the leaderboards (a win needs a real game). */
    @WithDefault("2")
    int minTargetForWin();

    /** How often idle games are looked for. */
    @WithDefault("5m")
    String expiryCheckEvery();
}
