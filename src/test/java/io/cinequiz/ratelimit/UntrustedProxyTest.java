package io.cinequiz.ratelimit;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With proxy forwarding on, as behind an ingress, forwarded addresses count only from the configured proxies: a client
 * that is not one of them cannot pick its address (and its bucket) with X-Forwarded-For or Forwarded.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.ForwardingFromAnotherProxy.class)
class UntrustedProxyTest {

    /** Forwarding on, trusting only 10.0.0.0/8; the tests call from 127.0.0.1. Buckets of three requests an hour. */
    public static class ForwardingFromAnotherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.rate-limit.enabled", "true", "quiz.rate-limit.capacity", "3",
                    "quiz.rate-limit.refill-tokens", "1", "quiz.rate-limit.refill-period", "1h",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "10.0.0.0/8");
        }
    }

    @Test
    void forwardedAddressesFromAnUntrustedPeerAreIgnored() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).when().get("/api/v1/info").then().statusCode(200);
        }
        for (int i = 3; i < 10; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).when().get("/api/v1/info")
                    .then().spec(problem(429, "rate-limited"));
            given().header("Forwarded", "for=198.51.100." + i).when().get("/api/v1/info")
                    .then().spec(problem(429, "rate-limited"));
        }
    }
}
