package io.cinequiz.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoints Kubernetes probes and Prometheus scrapes. */
@QuarkusTest
class HealthAndMetricsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/health/live", "/q/health/ready", "/q/health/started", "/q/health" })
    void healthProbesAreUp(String probe) {
        given()
                .when().get(probe)
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessReportsTheLoadedCatalogue() {
        given()
                .when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'catalogue' }.data.films", equalTo(1));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/api/v1/films").then().statusCode(200);

        given()
                .when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/films\""));
    }
}
