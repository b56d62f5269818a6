package io.cinequiz.question;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether and where the start-up snapshot of the catalogue and the questions is kept (see {@link StartupSnapshot}). */
@ConfigMapping(prefix = "quiz.startup-snapshot")
public interface StartupSnapshotConfig {

    /** Whether a restart reads the catalogue and the questions back from the snapshot when nothing they came from changed. */
    @WithDefault("true")
    boolean enabled();

    /** The snapshot's file (relative to the working directory): beside the embedded database by default. */
    @WithDefault("data/startup-snapshot.bin")
    String file();

    /**
     * Set by the build only (pom.xml): verify, generate, write the snapshot beside the application's jar (where a first
     * start finds it, {@link CatalogStartup#shipped()}) and exit.
     */
    @WithDefault("false")
    boolean make();
}
