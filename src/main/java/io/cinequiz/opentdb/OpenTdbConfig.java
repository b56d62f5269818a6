package io.cinequiz.opentdb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the OpenTDB-compatible API. */
@ConfigMapping(prefix = "quiz.opentdb")
public interface OpenTdbConfig {

    /** A session token unused this long is forgotten (Open Trivia DB: 6 hours). */
    @WithDefault("6h")
    Duration tokenIdleExpiry();
}
