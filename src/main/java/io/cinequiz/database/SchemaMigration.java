package io.cinequiz.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.jboss.logging.Logger;

/**
 * The database schema brought up to date at start-up, before the service is ready: Flyway migrates when the
 * database's schema history lacks something the build ships, and only then.
 *
 * <p>On a restart there is nothing to migrate, yet Flyway's migrate still reads, parses and checks every migration
 * and its history (a few percent of the start-up, docs/startup.md). So the schema history is read first: when it
 * records every shipped migration as applied, successfully, with the checksum Flyway computes for the shipped file,
 * the schema is current and Flyway is not run. Anything else (an empty database, a new migration, a failed one, a file
 * edited after it was applied, a repeatable migration) runs Flyway's migrate, which applies, or refuses to start, as
 * it always did. Replicas starting together are safe as before: each one that runs Flyway takes its lock.
 */
@ApplicationScoped
class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    private final Flyway flyway;
    private final AgroalDataSource dataSource;
    private final DatabaseConfig config;

    SchemaMigration(Flyway flyway, AgroalDataSource dataSource, DatabaseConfig config) {
        this.flyway = flyway;
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Before every other start-up observer: they may use the database. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!config.migrateAtStart()) {
            return;
        }
        SortedMap<String, Integer> shipped = shipped();
        List<String> outstanding = outstanding(shipped);
        if (outstanding.isEmpty()) {
            LOG.infof("Database schema up to date: its history records the %d shipped migrations as applied",
                    shipped.size());
            return;
        }
        LOG.infof("Database schema migrated by Flyway: %s", String.join(", ", outstanding));
        flyway.migrate();
    }

    /** What Flyway has to apply or check; empty when the schema history records every shipped migration. */
    List<String> outstanding() {
        return outstanding(shipped());
    }

    private List<String> outstanding(SortedMap<String, Integer> shipped) {
        Configuration flywayConfig = flyway.getConfiguration();
        if (!flywayConfig.getResourceProvider().getResources(flywayConfig.getRepeatableSqlMigrationPrefix(),
                flywayConfig.getSqlMigrationSuffixes()).isEmpty()) {
            return List.of("the repeatable migrations");
        }
        String table = '"' + flywayConfig.getTable() + '"';
        if (flywayConfig.getDefaultSchema() != null) {
            table = '"' + flywayConfig.getDefaultSchema() + "\"." + table;
        }
        try (Connection connection = dataSource.getConnection()) {
            return outstanding(connection, table, shipped);
        } catch (SQLException e) {
            return List.of("no schema history read (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
    }

    /** How many versioned migrations the build ships. */
    int shippedCount() {
        return shipped().size();
    }

    /** The shipped versioned migrations: the script name and the checksum that Flyway records for each. */
    private SortedMap<String, Integer> shipped() {
        Configuration flywayConfig = flyway.getConfiguration();
        SortedMap<String, Integer> shipped = new TreeMap<>();
        for (LoadableResource file : flywayConfig.getResourceProvider().getResources(
                flywayConfig.getSqlMigrationPrefix(), flywayConfig.getSqlMigrationSuffixes())) {
            shipped.put(file.getRelativePath(), ChecksumCalculator.calculate(file));
        }
        return shipped;
    }

    /**
     * The migrations in {@code shipped} (script name to checksum) that the schema history {@code table} does not record
     * as last applied with success and that checksum, and any migration it records as failed. A missing table is
     * reported as an {@link SQLException}. Flyway names the table's columns in lower case, quoted.
     */
    static List<String> outstanding(Connection connection, String table, SortedMap<String, Integer> shipped)
            throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        List<String> outstanding = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select \"script\", \"checksum\", \"success\" from " + table
                                + " order by \"installed_rank\"")) {
            while (rows.next()) {
                String script = rows.getString(1);
                int checksum = rows.getInt(2);
                applied.put(script, rows.wasNull() ? null : checksum);
                if (!rows.getBoolean(3)) {
                    outstanding.add(script + " (failed)");
                }
            }
        }
        shipped.forEach((script, checksum) -> {
            if (!applied.containsKey(script)) {
                outstanding.add(script);
            } else if (!checksum.equals(applied.get(script))) {
                outstanding.add(script + " (changed since it was applied)");
            }
        });
        return outstanding;
    }
}
