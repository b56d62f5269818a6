package io.cinequiz.http;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.platform.PrometheusText;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Review round 2, M1 and L2: whatever method, path and status a client makes the service answer, the request metrics
 * keep a bounded number of series, and the OpenAPI document is rate limited like the API.
 */
@QuarkusTest
@TestProfile(MetricCardinalityTest.FortyRequests.class)
class MetricCardinalityTest {

    /** An address bucket of 40 requests that refills one an hour, so most of a flood is answered 429. */
    public static class FortyRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.rate-limit.enabled", "true", "quiz.rate-limit.capacity", "40",
                    "quiz.rate-limit.refill-tokens", "1", "quiz.rate-limit.refill-period", "1h");
        }
    }

    private static final Pattern SERIES = Pattern.compile("^http_server_requests_seconds_count\\{([^}]*)}",
            Pattern.MULTILINE);

    @TestHTTPResource("/")
    URL api;

    private static Set<String> requestSeries() {
        String text = given().get(PrometheusText.management("/q/metrics")).then().statusCode(200).extract().asString();
        Set<String> series = new HashSet<>();
        Matcher m = SERIES.matcher(text);
        while (m.find()) {
            series.add(m.group(1));
        }
        return series;
    }

    @Test
    void madeUpMethodsDotSegmentsAndRateLimitedRequestsKeepTheSeriesBounded() throws Exception {
        Set<String> before = requestSeries();
        Set<Integer> statuses = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            String path = switch (i % 4) {
                case 0 -> "/api/v1/info";
                case 1 -> "/api/v1/rnd" + tag;
                case 2 -> "/rnd" + tag + "/../q/openapi";
                default -> "/api/v1/sessions/rnd" + tag + "/../../info";
            };
            String method = i % 5 == 0 ? "GET" : "M" + tag;
            RawHttp.Reply reply = RawHttp.exchange(api, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertTrue(reply.status() < 500, reply.toString());
            statuses.add(reply.status());
        }
        assertTrue(statuses.contains(429), "the flood was rate limited: " + statuses);
        Set<String> added = requestSeries();
        added.removeAll(before);
        assertTrue(added.stream().noneMatch(series -> series.contains("rnd") || series.contains("..")
                || series.matches(".*method=\"M[0-9A-F]+\".*")), "raw methods or paths as tags: " + added);
        assertTrue(added.size() <= 12, "500 requests added " + added.size() + " series: " + added);
    }

    @Test
    void theOpenApiDocumentCountsAgainstTheAddressRateLimit() {
        int answered = 0;
        for (int i = 0; i < 60; i++) {
            int status = given().get("/q/openapi").then().extract().statusCode();
            if (status == 429) {
                given().get("/q/openapi").then().spec(problem(429, "rate-limited"))
                        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                        .header("RateLimit-Remaining", "0");
                assertTrue(answered <= 40, answered + " documents served before the first 429");
                return;
            }
            assertEquals(200, status);
            answered++;
        }
        throw new AssertionError("60 OpenAPI documents served without a 429");
    }
}
