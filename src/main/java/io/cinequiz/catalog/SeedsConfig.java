package io.cinequiz.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the seed folders are read from. */
@ConfigMapping(prefix = "quiz.seeds")
public interface SeedsConfig {

    /** The folder holding one sub-folder per film, read at start-up (relative to the working directory). */
    @WithDefault("seeds")
    String dir();
}
