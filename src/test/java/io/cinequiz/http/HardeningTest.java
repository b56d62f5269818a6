package io.cinequiz.http;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The smaller findings of the review: body size, CORS, control characters, slow clients, what the API port serves. */
@QuarkusTest
class HardeningTest {

    @TestHTTPResource("/")
    URL api;

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

    /** A client that dribbles its request headers a byte a second is cut off, not held for as long as it likes. */
    @Test
    void aConnectionWithUnfinishedHeadersIsClosedWithinTheRequestDeadline() throws IOException {
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET /api/v1/info HTTP/1.1\r\nHost: " + api.getHost() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            Instant start = Instant.now();
            boolean closed = false;
            while (!closed && Duration.between(start, Instant.now()).toSeconds() < 30) {
                try {
                    out.write('X');
                    out.flush();
                    closed = in.read() < 0;
                } catch (SocketTimeoutException e) {
                    // still open: one more byte
                } catch (IOException e) {
                    closed = true; // reset
                }
            }
            Duration held = Duration.between(start, Instant.now());
            assertTrue(closed, "the connection was held for " + held);
            assertTrue(held.toSeconds() <= 15, "closed after " + held + " (quiz.http.request-deadline is 10 s)");
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
