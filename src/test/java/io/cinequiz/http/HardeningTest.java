package io.cinequiz.http;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The smaller findings of the review: body size, CORS, control characters, what the API port serves (slow clients: RequestDeadlineTest). */
@QuarkusTest
class HardeningTest {

    @Test
    void aJsonBodyOfMoreThanAFewKilobytesIsRefused() {
        String big = "{\"reason\":\"other\",\"detail\":\"" + "x".repeat(9_000) + "\"}";
        given().contentType("application/json").body(big).post("/api/v1/questions/q-anything/reports")
                .then().spec(problem(413, "request-entity-too-large"));
    }

    @Test
    void corsAllowsNoOtherOriginByDefault() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/sessions").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "null").get("/api/v1/info").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/info")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void controlCharactersInPathsAndQueriesAreA400() {
        given().urlEncodingEnabled(false).get("/api/v1/leaderboards/players/u%00x").then()
                .spec(problem(400, "bad-request"));
        given().urlEncodingEnabled(false).get("/api/v1/leaderboards?scope=community&community=g%00").then()
                .spec(problem(400, "bad-request"));
        given().urlEncodingEnabled(false).get("/api/v1/sessions/%01").then().spec(problem(400, "bad-request"));
    }

    @Test
    void managementEndpointsAreNotOnTheApiPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200); // the public contract stays with the API
    }

    /** Review L6: Swagger UI and the web page forbid framing and sniffing, and load only from the service. */
    @Test
    void swaggerUiAndTheWebPageCarryASecurityPolicy() {
        for (String page : new String[] {"/q/swagger-ui/", "/q/swagger-ui/index.html", "/", "/index.html"}) {
            given().get(page).then().statusCode(200)
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("object-src 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY");
        }
    }

    /**
     * Review L6: a local run serves health and metrics on the loopback interface only: the management port answers on
     * 127.0.0.1 and refuses connections on the machine's other addresses.
     */
    @Test
    void theManagementInterfaceListensOnLoopbackByDefault() throws Exception {
        java.net.URL health = new java.net.URL(io.cinequiz.platform.PrometheusText.management("/q/health/live"));
        given().get(health.toString()).then().statusCode(200);
        java.util.List<java.net.InetAddress> others = java.util.Collections.list(
                java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).toList();
        org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "no address besides loopback to try");
        for (java.net.InetAddress address : others) {
            try (java.net.Socket socket = new java.net.Socket()) {
                org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                        () -> socket.connect(new java.net.InetSocketAddress(address, health.getPort()), 2000),
                        "the management port answers on " + address);
            }
        }
    }

    @Test
    void responsesCarryingSecretsAreNotStored() {
        given().post("/api/v1/players").then().statusCode(201).header("Cache-Control", "no-store");
    }

    @Test
    void reportsAskOnlyForWhatTheyNeed() {
        given().contentType("application/json").body(Map.of("reason", "other", "detail", "bell\u0007"))
                .post("/api/v1/questions/" + given().get("/api/v1/questions?amount=1").then().extract().path("[0].id")
                        + "/reports")
                .then().spec(problem(400, "validation"));
    }
}
