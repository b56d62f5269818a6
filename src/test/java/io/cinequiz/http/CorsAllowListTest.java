package io.cinequiz.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an allow-list (QUIZ_CORS_ORIGINS), the frontends on it may call the API from a browser, and only they. */
@QuarkusTest
@TestProfile(CorsAllowListTest.OneFrontend.class)
class CorsAllowListTest {

    /** One allowed origin. */
    public static class OneFrontend implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://quiz.example");
        }
    }

    @Test
    void anOriginOnTheListIsAllowedAndNoOtherIs() {
        given().header("Origin", "https://quiz.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/sessions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://quiz.example");
        given().header("Origin", "https://quiz.example").get("/api/v1/info").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://quiz.example");
        given().header("Origin", "https://quiz.example.evil.example").get("/api/v1/info").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "null").get("/api/v1/info").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
