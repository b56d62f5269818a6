package io.cinequiz.ratelimit;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rate limits count per verified API client and per address: a key nobody issued is a 401 charged to its address,
 * never a bucket of its own, and a forwarded address counts only from a trusted proxy (none by default).
 */
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

    @Test
    void nativeApiAnswers429WithRetryAfterOnceAClientsBucketIsEmpty() {
        TestClients.Client client = TestClients.client("play");
        for (int remaining = 2; remaining >= 0; remaining--) {
            client.given().when().get("/api/v1/films").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Reset", s -> Long.parseLong(s), org.hamcrest.Matchers.greaterThan(0L));
        }
        String retryAfter = client.given().when().get("/api/v1/films").then()
                .spec(problem(429, "rate-limited"))
                .header("RateLimit-Remaining", "0")
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 0 && seconds <= 3600, retryAfter);
    }

    @Test
    void openTdbApiAnswersResponseCodeFive() {
        TestClients.Client client = TestClients.client("play");
        for (int i = 0; i < 3; i++) {
            client.given().when().get("/api.php?amount=1").then().body("response_code", equalTo(0));
        }
        client.given().when().get("/api.php?amount=1").then().statusCode(200)
                .body("response_code", equalTo(5)).body("results.size()", equalTo(0))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        client.given().when().get("/api_token.php?command=request").then().statusCode(200)
                .body("response_code", equalTo(5)).body("token", nullValue());
    }

    @Test
    void eachVerifiedClientHasItsOwnBucketAndItsOwnQuota() {
        TestClients.Client first = TestClients.client("play");
        for (int i = 0; i < 3; i++) {
            first.given().when().get("/api/v1/info").then().statusCode(200);
        }
        first.given().when().get("/api/v1/info").then().statusCode(429);
        TestClients.client("play").given().when().get("/api/v1/info").then().statusCode(200)
                .header("RateLimit-Remaining", "2");
        TestClients.Client generous = TestClients.client(Map.of("scopes", List.of("play"), "burst", 5));
        for (int remaining = 4; remaining >= 0; remaining--) {
            generous.given().when().get("/api/v1/info").then().statusCode(200).header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        generous.given().when().get("/api/v1/info").then().statusCode(429);
    }

    /**
     * The review's attack: a fresh X-API-Key (or X-Forwarded-For) per request for a fresh bucket. Unknown keys are
     * 401s counted against the address, which requests without a key share, forwarded or not, and so do guesses of the
     * operator secret and calls that lack credentials (limits apply before the operation's credentials are checked).
     */
    @Test
    void freshKeysAndForwardedAddressesGetNoBucketOfTheirOwn() {
        given().header("X-Forwarded-For", "203.0.113." + 1).when().get("/api/v1/info").then().statusCode(200);
        given().header("X-API-Key", "key-" + UUID.randomUUID()).when().get("/api/v1/info")
                .then().spec(problem(401, "unauthorized"));
        given().header("X-Forwarded-For", "203.0.113." + 2).when().get("/api/v1/info").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        for (int i = 0; i < 20; i++) {
            given().header("X-API-Key", "key-" + UUID.randomUUID()).when().get("/api/v1/info")
                    .then().spec(problem(429, "rate-limited"));
            given().header("X-Forwarded-For", "198.51.100." + i).when().get("/api/v1/info")
                    .then().spec(problem(429, "rate-limited"));
        }
        // guessing the operator secret, or calling an operation that needs credentials without, is no way around it
        given().header("Authorization", "Bearer guess").when().get("/api/v1/admin/clients")
                .then().spec(problem(429, "rate-limited"));
        given().contentType("application/json").body("{}").when().post("/api/v1/rooms/r/games")
                .then().spec(problem(429, "rate-limited"));
        // a verified client is not held back by its address
        TestClients.client("play").given().when().get("/api/v1/info").then().statusCode(200);
    }
}
