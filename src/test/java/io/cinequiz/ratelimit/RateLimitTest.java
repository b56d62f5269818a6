package io.cinequiz.ratelimit;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.ThreeRequestsAnHour.class)
class RateLimitTest {

    /** Buckets of three requests that refill one an hour: the fourth request in a test is over the limit. */
    public static class ThreeRequestsAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.rate-limit.enabled", "true", "quiz.rate-limit.capacity", "3",
                    "quiz.rate-limit.refill-tokens", "1", "quiz.rate-limit.refill-period", "1h");
        }
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void nativeApiAnswers429WithRetryAfterOnceTheBucketIsEmpty() {
        String key = newKey();
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("X-API-Key", key).when().get("/api/v1/films").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Reset", s -> Long.parseLong(s), org.hamcrest.Matchers.greaterThan(0L));
        }
        String retryAfter = given().header("X-API-Key", key).when().get("/api/v1/films").then()
                .spec(problem(429, "rate-limited"))
                .header("RateLimit-Remaining", "0")
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 0 && seconds <= 3600, retryAfter);
    }

    @Test
    void openTdbApiAnswersResponseCodeFive() {
        String key = newKey();
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", key).when().get("/api.php?amount=1").then().body("response_code", equalTo(0));
        }
        given().header("X-API-Key", key).when().get("/api.php?amount=1").then().statusCode(200)
                .body("response_code", equalTo(5)).body("results.size()", equalTo(0))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().header("X-API-Key", key).when().get("/api_token.php?command=request").then().statusCode(200)
                .body("response_code", equalTo(5)).body("token", nullValue());
    }

    @Test
    void eachApiKeyHasItsOwnBucket() {
        String first = newKey();
        for (int i = 0; i < 4; i++) {
            given().header("X-API-Key", first).when().get("/api/v1/info");
        }
        given().header("X-API-Key", first).when().get("/api/v1/info").then().statusCode(429);
        given().header("X-API-Key", newKey()).when().get("/api/v1/info").then().statusCode(200)
                .header("RateLimit-Remaining", "2");
    }

    @Test
    void clientsWithoutKeyAreLimitedByAddressAndHealthIsNeverLimited() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/info").then().statusCode(200);
        }
        given().when().get("/api/v1/info").then().spec(problem(429, "rate-limited"));
        for (int i = 0; i < 5; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
    }

    @Test
    void corsPreflightAllowsBrowserFrontends() {
        given().header("Origin", "https://quiz.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/sessions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://quiz.example");
    }
}
