package io.cinequiz.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published API description and the Swagger UI that renders it. */
@QuarkusTest
class OpenApiTest {

    /** The statuses each film operation declares with {@code @APIResponse}. */
    private static final Map<String, List<String>> FILM_RESPONSES = Map.of(
            "/api/v1/films", List.of("200"),
            "/api/v1/films/{filmId}", List.of("200", "404"),
            "/api/v1/films/{filmId}/facts", List.of("200", "400", "404"),
            "/api/v1/films/{filmId}/sources", List.of("200", "404"),
            "/api/v1/films/{filmId}/verification", List.of("200", "404"));

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void documentDescribesTheCinequizApi() {
        given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("cinequiz API"))
                .body("info.version", not(emptyOrNullString()))
                .body("tags.name", hasItem("Films"))
                .body("paths.keySet()", hasItems(FILM_RESPONSES.keySet().toArray(String[]::new)));
    }

    @Test
    void everyApiOperationHasASummaryATagAndTheResponsesItDeclares() {
        Map<String, Map<String, Map<String, Object>>> paths = given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths");

        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            operations.forEach((method, operation) -> {
                if (!METHODS.contains(method)) {
                    return; // path-level parameters, not an operation
                }
                String name = method.toUpperCase() + " " + path;
                Object summary = operation.get("summary");
                if (!(summary instanceof String s) || s.isBlank()) {
                    problems.add(name + " has no summary");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                List<String> expected = FILM_RESPONSES.getOrDefault(path, List.of());
                if (responses == null || !responses.keySet().containsAll(expected)
                        || responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                    problems.add(name + " declares " + (responses == null ? "no responses" : responses.keySet())
                            + ", expected a success status and at least " + expected);
                }
                if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    problems.add(name + " has no tag");
                }
                if (FILM_RESPONSES.containsKey(path) && !String.valueOf(operation.get("tags")).contains("Films")) {
                    problems.add(name + " is not tagged Films");
                }
            });
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void errorResponsesAreDocumentedAsProblems() {
        Map<String, Object> notFound = given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths.'/api/v1/films/{filmId}'.get.responses.'404'");
        Map<String, Object> badFilter = given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths.'/api/v1/films/{filmId}/facts'.get.responses.'400'");

        assertAll(
                () -> assertNotNull(notFound),
                () -> assertTrue(String.valueOf(notFound.get("content")).contains("application/problem+json")),
                () -> assertNotNull(badFilter),
                () -> assertTrue(String.valueOf(badFilter.get("content")).contains("application/problem+json")),
                () -> assertFalse(String.valueOf(notFound.get("description")).isBlank()));
    }

    @Test
    void swaggerUiIsServed() {
        given()
                .when().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("cinequiz API"));
    }
}
