package io.cinequiz.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoints Kubernetes probes and Prometheus scrapes, on the management interface (not the API port). */
@QuarkusTest
class HealthAndMetricsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/health/live", "/q/health/ready", "/q/health/started", "/q/health" })
    void healthProbesAreUp(String probe) {
        given()
                .when().get(PrometheusText.management(probe))
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessReportsTheLoadedCatalogue() {
        given()
                .when().get(PrometheusText.management("/q/health/ready"))
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'catalogue' }.data.films", equalTo(1));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/api/v1/films").then().statusCode(200);

        given()
                .when().get(PrometheusText.management("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/films\""));
    }

    @Test
    void questionsSentByEachApiAreCounted() {
        double questions = PrometheusText.value("cinequiz_questions_served_total", "api", "questions");
        double opentdb = PrometheusText.value("cinequiz_questions_served_total", "api", "opentdb");

        String id = given().get("/api/v1/questions?amount=3").then().statusCode(200).extract().path("[0].id");
        given().get("/api/v1/questions/" + id).then().statusCode(200);
        given().get("/api.php?amount=2").then().statusCode(200).body("response_code", equalTo(0));
        given().get("/api/v1/questions/no-such-question").then().statusCode(404);

        assertEquals(4, PrometheusText.value("cinequiz_questions_served_total", "api", "questions") - questions);
        assertEquals(2, PrometheusText.value("cinequiz_questions_served_total", "api", "opentdb") - opentdb);
    }

    @Test
    void factsPerVerdictAreGauged() {
        int supported = given().get("/api/v1/films/city-of-lost-children").then().statusCode(200)
                .extract().path("facts.SUPPORTED");

        assertTrue(supported > 0);
        assertEquals(supported, PrometheusText.value("cinequiz_facts", "verdict", "SUPPORTED"));
        for (String verdict : new String[] { "DISPUTED", "REFUTED", "NOT_ENOUGH_INFO", "REJECTED" }) {
            given().get(PrometheusText.management("/q/metrics")).then().body(containsString("cinequiz_facts{verdict=\"" + verdict + "\"}"));
        }
    }
}
