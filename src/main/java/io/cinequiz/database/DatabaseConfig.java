package io.cinequiz.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own database settings (the connection itself is Quarkus's {@code quarkus.datasource.*}). */
@ConfigMapping(prefix = "quiz.database")
public interface DatabaseConfig {

    /**
     * Whether the start-up brings the schema up to date ({@link SchemaMigration}). Off only in the build's start-up
     * snapshot run, which touches no database (pom.xml).
     */
    @WithDefault("true")
    boolean migrateAtStart();
}
