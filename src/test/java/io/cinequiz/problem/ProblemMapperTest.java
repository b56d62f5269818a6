package io.cinequiz.problem;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error status the API can answer, each as an RFC 9457 problem. The failures that the film API cannot
 * provoke on purpose (a crash, an invalid or malformed body) come from the test-only {@link ProblemProbeResource}.
 */
@QuarkusTest
class ProblemMapperTest {

    private static final String PROBE = "/test-only/problems";

    @Test
    void unexpectedErrorIsInternalErrorProblemWithoutStackTrace() {
        given()
                .when().get(PROBE + "/crash")
                .then()
                .spec(problem(500, "internal-error"))
                .body("title", equalTo("Internal Server Error"))
                .body("instance", equalTo(PROBE + "/crash"))
                .body("detail", matchesPattern(".*incident [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"))
                .body(allOf(
                        not(containsString("secret internal detail")),
                        not(containsString("Exception")),
                        not(containsString("at io.")),
                        not(containsString("\tat "))));
    }

    @Test
    void eachUnexpectedErrorGetsItsOwnIncidentId() {
        String first = given().get(PROBE + "/crash").then().statusCode(500).extract().path("detail");
        String second = given().get(PROBE + "/crash").then().statusCode(500).extract().path("detail");
        assertNotEquals(first, second);
    }

    @Test
    void validBodyIsAccepted() {
        given()
                .contentType("application/json")
                .body("{\"name\": \"Krank\", \"count\": 3}")
                .when().post(PROBE)
                .then()
                .statusCode(200)
                .body("name", equalTo("Krank"))
                .body("count", equalTo(3));
    }

    @Test
    void truncatedJsonIsMalformedBodyProblem() {
        given()
                .contentType("application/json")
                .body("{\"name\": ")
                .when().post(PROBE)
                .then()
                .spec(problem(400, "malformed-body"))
                .body("title", equalTo("Malformed request body"))
                .body("instance", equalTo(PROBE))
                .body("errors", nullValue());
    }

    @Test
    void wrongJsonTypeIsMalformedBodyProblem() {
        given()
                .contentType("application/json")
                .body("{\"name\": \"Krank\", \"count\": \"many\"}")
                .when().post(PROBE)
                .then()
                .spec(problem(400, "malformed-body"))
                .body("detail", containsString("'count'"))
                .body("detail", not(containsString("io.cinequiz")));
    }

    @Test
    void arrayInsteadOfObjectIsMalformedBodyProblem() {
        given()
                .contentType("application/json")
                .body("[1, 2]")
                .when().post(PROBE)
                .then()
                .spec(problem(400, "malformed-body"))
                .body("detail", not(containsString("io.cinequiz")));
    }

    @Test
    void unconvertibleQueryParameterIsBadRequestProblem() {
        given()
                .queryParam("amount", "abc")
                .when().get(PROBE + "/amount")
                .then()
                .spec(problem(400, "bad-parameter"));
    }

    @Test
    void invalidFieldIsValidationProblemNamingTheField() {
        given()
                .contentType("application/json")
                .body("{\"name\": \"Krank\", \"count\": 0}")
                .when().post(PROBE)
                .then()
                .spec(problem(400, "validation"))
                .body("title", equalTo("Invalid request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].message", notNullValue())
                .body("detail", containsString("count"));
    }

    @Test
    void everyInvalidFieldIsListedInTheValidationProblem() {
        given()
                .contentType("application/json")
                .body("{\"name\": \"\", \"count\": 0}")
                .when().post(PROBE)
                .then()
                .spec(problem(400, "validation"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItems("name", "count"))
                .body("errors.message", hasItem(notNullValue()))
                .body("detail", equalTo("2 fields are invalid"));
    }

    @Test
    void tooLongNameIsValidationProblem() {
        given()
                .contentType("application/json")
                .body("{\"name\": \"Miette and One\", \"count\": 1}")
                .when().post(PROBE)
                .then()
                .spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("name")))
                .body("errors[0].message", containsString("5"));
    }

    @Test
    void invalidQueryParameterIsValidationProblemNamingTheParameter() {
        given()
                .queryParam("amount", 0)
                .when().get(PROBE + "/amount")
                .then()
                .spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("amount")));
    }

    @Test
    void plainTextBodyIsUnsupportedMediaTypeProblem() {
        given()
                .contentType("text/plain")
                .body("name=Krank")
                .when().post(PROBE)
                .then()
                .spec(problem(415, "unsupported-media-type"))
                .body("title", equalTo("Unsupported Media Type"));
    }

    @Test
    void postOnFilmsIsMethodNotAllowedProblem() {
        given()
                .contentType("application/json")
                .body("{}")
                .when().post("/api/v1/films")
                .then()
                .spec(problem(405, "method-not-allowed"))
                .body("instance", equalTo("/api/v1/films"));
    }

    @Test
    void deleteOnFilmsIsMethodNotAllowedProblem() {
        given()
                .when().delete("/api/v1/films")
                .then()
                .spec(problem(405, "method-not-allowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/no/such/path", "/api/v1/no-such" })
    void unknownPathIsNotFoundProblem(String path) {
        given()
                .when().get(path)
                .then()
                .spec(problem(404, "not-found"))
                .body("instance", equalTo(path))
                .body("detail", containsString(path));
    }

    @Test
    void xmlAcceptOnJsonEndpointIsNotAcceptableProblem() {
        given()
                .accept("application/xml")
                .when().get("/api/v1/films")
                .then()
                .spec(problem(406, "not-acceptable"))
                .body("title", equalTo("Not Acceptable"));
    }
}
