package io.cinequiz.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConnectionLimitTest {

    private final List<Connection> held = new ArrayList<>();

    @Inject
    ConnectionLimit limit;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void releaseAndRestore() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
        held.clear();
        limit.restore();
    }

    private int open() {
        AgroalDataSourceMetrics metrics = dataSource.getMetrics();
        return (int) (metrics.activeCount() + metrics.availableCount());
    }

    @Test
    void aRefusedConnectionKeepsThePoolToTheConnectionsItHasUntilTheConfiguredMaximumIsBack() throws SQLException {
        held.add(dataSource.getConnection()); // at least one open
        int open = open();
        limit.refused();
        assertEquals(open, limit.max(), "the pool keeps to what it has");
        limit.restore();
        assertEquals(20, limit.max(), "quarkus.datasource.jdbc.max-size");
    }

    @Test
    void aRequestThatFindsNoConnectionFreeInTimeIsAnsweredBusyWithRetryAfterAndNotAnError() throws SQLException {
        // the pool's acquisition timeout (10 s, quarkus.datasource.jdbc.acquisition-timeout) passes before the answer
        held.add(dataSource.getConnection());
        limit.refused();
        while (dataSource.getMetrics().availableCount() > 0 || held.size() < limit.max()) {
            held.add(dataSource.getConnection()); // every connection of the pool, none left to create
        }
        given().get("/api/v1/leaderboards?scope=global").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://cinequiz.dev/problems/database-busy"))
                .body("status", equalTo(503));

        for (Connection connection : held) {
            connection.close();
        }
        held.clear();
        given().get("/api/v1/leaderboards?scope=global").then().statusCode(200);
    }
}
