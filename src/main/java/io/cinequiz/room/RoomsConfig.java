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

    /** How often idle games are looked for. */
    @WithDefault("5m")
    String expiryCheckEvery();
}
