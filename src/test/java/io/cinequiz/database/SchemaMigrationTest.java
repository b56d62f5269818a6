package io.cinequiz.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaMigrationTest {

    private static final String TABLE = "\"flyway_schema_history\"";
    private static final SortedMap<String, Integer> SHIPPED = new TreeMap<>(
            Map.of("V1__a.sql", 11, "V2__b.sql", 22));

    @Inject
    SchemaMigration migration;

    private Connection history;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        history = DriverManager.getConnection("jdbc:h2:mem:schema-history-" + System.nanoTime());
    }

    @AfterEach
    void close() throws SQLException {
        history.close();
    }

    private void historyTable() throws SQLException {
        try (Statement statement = history.createStatement()) {
            statement.execute("create table " + TABLE + " (\"installed_rank\" int primary key,"
                    + " \"script\" varchar(1000), \"checksum\" int, \"success\" boolean)");
        }
    }

    private void applied(int rank, String script, Integer checksum, boolean success) throws SQLException {
        try (var insert = history.prepareStatement("insert into " + TABLE + " values (?, ?, ?, ?)")) {
            insert.setInt(1, rank);
            insert.setString(2, script);
            insert.setObject(3, checksum);
            insert.setBoolean(4, success);
            insert.executeUpdate();
        }
    }

    @Test
    void theServicesOwnDatabaseMigratedAtStartHasNothingOutstandingSoARestartRunsNoFlyway() throws IOException {
        // the checksums computed for the shipped files are the ones Flyway recorded when it applied them
        assertEquals(List.of(), migration.outstanding());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertEquals(files.count(), migration.shippedCount(), "every shipped migration is checked");
        }
    }

    @Test
    void aHistoryThatRecordsEveryShippedMigrationLeavesNothingOutstanding() throws SQLException {
        historyTable();
        applied(1, "<< Flyway Schema Creation >>", null, true);
        applied(2, "V1__a.sql", 11, true);
        applied(3, "V2__b.sql", 22, true);
        applied(4, "V3__from_a_newer_build.sql", 33, true);
        assertEquals(List.of(), SchemaMigration.outstanding(history, TABLE, SHIPPED));
    }

    @Test
    void aMigrationNotYetAppliedIsOutstanding() throws SQLException {
        historyTable();
        applied(1, "V1__a.sql", 11, true);
        assertEquals(List.of("V2__b.sql"), SchemaMigration.outstanding(history, TABLE, SHIPPED));
    }

    @Test
    void aMigrationEditedAfterItWasAppliedIsOutstandingSoFlywayValidatesIt() throws SQLException {
        historyTable();
        applied(1, "V1__a.sql", 11, true);
        applied(2, "V2__b.sql", 23, true);
        assertEquals(List.of("V2__b.sql (changed since it was applied)"),
                SchemaMigration.outstanding(history, TABLE, SHIPPED));
    }

    @Test
    void aFailedMigrationIsOutstandingEvenIfItIsNotShipped() throws SQLException {
        historyTable();
        applied(1, "V1__a.sql", 11, true);
        applied(2, "V2__b.sql", 22, true);
        applied(3, "V3__from_a_newer_build.sql", 33, false);
        assertEquals(List.of("V3__from_a_newer_build.sql (failed)"),
                SchemaMigration.outstanding(history, TABLE, SHIPPED));
    }

    @Test
    void anEmptyDatabaseHasNoHistoryToRead() {
        assertThrows(SQLException.class, () -> SchemaMigration.outstanding(history, TABLE, SHIPPED));
    }
}
