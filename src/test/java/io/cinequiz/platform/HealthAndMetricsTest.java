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

    /** The uri tags of the request metric, one per series of http_server_requests_seconds_count. */
    private static java.util.Set<String> requestSeriesUris() {
        String text = given().get(PrometheusText.management("/q/metrics")).then().statusCode(200).extract().asString();
        java.util.Set<String> uris = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "^http_server_requests_seconds_count\\{([^}]*)}", java.util.regex.Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }

    /**
     * Review L4: requests to made-up paths with a wrong method (405) or none (404) are counted under a fixed uri tag,
     * never under their raw path, so random paths cannot grow the metric series without bound.
     */
    @Test
    void randomPathsDoNotCreateMetricSeries() {
        java.util.Set<String> before = requestSeriesUris();
        for (int i = 0; i < 100; i++) {
            String random = java.util.UUID.randomUUID().toString();
            given().delete("/api/v1/questions/rnd-" + random).then().statusCode(405);
            given().put("/api/v1/rnd-" + random).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404),
                    equalTo(405)));
        }
        java.util.Set<String> after = requestSeriesUris();
        after.removeAll(before);
        assertTrue(after.stream().noneMatch(series -> series.contains("rnd-")), "raw paths as tags: " + after);
        assertTrue(after.size() <= 4, "200 requests to made-up paths added " + after.size() + " series: " + after);
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
