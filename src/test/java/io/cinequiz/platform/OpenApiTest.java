package io.cinequiz.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.session.CreateSessionRequest;
import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The published API description and the Swagger UI that renders it. CI lints the served document with Spectral and
 * Redocly (.ci/lint/lint-openapi.sh); these tests guard the basics without Node.
 */
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

    /** Regex syntax that Java accepts and ECMAScript (u flag) rejects or reads otherwise. */
    private static final Pattern JAVA_ONLY_REGEX = Pattern.compile(
            "\\\\[AZzGhHRXQE]|\\\\p\\{(Is|In|java|Alpha|Alnum|Punct|Lower|Upper|Digit|Space|Blank|Print|Graph)"
                    + "|[*+?}]\\+|\\(\\?>|\\(\\?[imsux]+\\)|&&");

    @Inject
    Validator validator;

    /** The served document, as JSON. */
    private static Map<String, Object> document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().path("");
    }

    /** Calls {@code check} with "METHOD path" and the operation, for every operation of the document. */
    @SuppressWarnings("unchecked")
    private static void forEachOperation(Map<String, Object> document, BiConsumer<String, Map<String, Object>> check) {
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach(
                (method, operation) -> {
                    if (METHODS.contains(method)) {
                        check.accept(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) operation.get("responses");
    }

    /** A response as a client reads it: a reference followed to the response of the components that it names. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolved(Map<String, Object> document, Map<String, Object> response) {
        Object ref = response.get("$ref");
        if (ref == null) {
            return response;
        }
        String prefix = "#/components/responses/";
        assertTrue(String.valueOf(ref).startsWith(prefix), () -> "a response refers to " + ref);
        Map<String, Object> named = ((Map<String, Map<String, Map<String, Object>>>) document.get("components"))
                .get("responses").get(String.valueOf(ref).substring(prefix.length()));
        assertTrue(named != null, () -> ref + " is not in the document");
        return named;
    }

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
    void everyOperationHasAUniqueCamelCaseOperationIdAndADescription() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachOperation(document(), (name, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String s) || !s.matches("[a-z][a-zA-Z0-9]*")) {
                problems.add(name + " has operationId " + id + ", expected a camelCase name");
            } else if (!ids.add(s)) {
                problems.add(name + " repeats operationId " + s);
            }
            if (!(operation.get("description") instanceof String d) || d.isBlank()) {
                problems.add(name + " has no description");
            }
        });
        assertAll(() -> assertTrue(ids.size() >= 32, "operations: " + ids.size()),
                () -> assertTrue(problems.isEmpty(), () -> String.join("\n", problems)));
    }

    /** The credentials each kind of operation takes, by the schemes it names ({@code []}: none, a public operation). */
    private static Set<String> expectedSchemes(String name) {
        if (name.contains(" /api/v1/sessions/{id}")) {
            return Set.of("sessionToken");
        }
        if (name.equals("POST /api/v1/sessions") || name.endsWith(" /api/v1/players/{playerId}/history")) {
            return Set.of("playerToken", "apiKey");
        }
        if (name.contains(" /api/v1/rooms/") || name.contains(" /api/v1/moderation/") || name.contains("/reports/{")) {
            return Set.of("apiKey");
        }
        if (name.contains(" /api/v1/admin/")) {
            return Set.of("operatorSecret");
        }
        return Set.of();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCredentialIsASecuritySchemeAndEveryOperationSaysWhichItTakes() {
        Map<String, Object> document = document();
        Map<String, Map<String, Object>> schemes = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
                .get("components")).get("securitySchemes");
        assertNotNull(schemes, "no security schemes");
        assertAll(() -> assertEquals(Set.of("apiKey", "playerToken", "sessionToken", "operatorSecret"), schemes.keySet()),
                () -> assertEquals(Map.of("type", "apiKey", "in", "header", "name", "X-API-Key"),
                        Map.of("type", schemes.get("apiKey").get("type"), "in", schemes.get("apiKey").get("in"),
                                "name", schemes.get("apiKey").get("name"))),
                () -> {
                    for (String bearer : List.of("playerToken", "sessionToken", "operatorSecret")) {
                        assertTrue("http".equals(schemes.get(bearer).get("type"))
                                && "bearer".equals(schemes.get(bearer).get("scheme")), () -> bearer + " is "
                                + schemes.get(bearer));
                    }
                });

        List<String> problems = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            if (!(operation.get("security") instanceof List<?> security)) {
                problems.add(name + " does not declare its security ([] when it needs no credentials)");
                return;
            }
            Set<String> named = new java.util.TreeSet<>();
            security.forEach(r -> named.addAll(((Map<String, Object>) r).keySet()));
            if (!named.equals(expectedSchemes(name))) {
                problems.add(name + " names " + named + ", not " + expectedSchemes(name));
            }
            if (!named.isEmpty() && !responses(operation).containsKey("401")) {
                problems.add(name + " takes credentials but does not document 401");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServersLeadFromTheDocumentToTheApi() {
        List<Map<String, Object>> servers = (List<Map<String, Object>>) document().get("servers");
        assertTrue(servers != null && !servers.isEmpty(), "servers is empty");
        URI documentUri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/q/openapi");
        for (Map<String, Object> server : servers) {
            // As clients resolve a relative server URL: against the document's own URL.
            String base = documentUri.resolve((String) server.get("url")).toString().replaceAll("/+$", "");
            given().when().get(base + "/api/v1/info").then().statusCode(200)
                    .body("name", equalTo("cinequiz"));
        }
    }

    @Test
    void nativeOperationsDocument429AndOpenTdbOperationsTheirResponseCodeFive() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> document = document();
        forEachOperation(document, (name, operation) -> {
            Map<String, Map<String, Object>> responses = responses(operation);
            if (name.contains(" /api/v1/admin/")) {
                return; // the operator is not rate limited
            }
            if (name.endsWith(".php")) {
                if (responses.containsKey("429") || !String.valueOf(responses.get("200").get("description"))
                        .contains("response_code 5")) {
                    problems.add(name + " must document the rate limit as response_code 5 in its 200, not as 429");
                }
            } else if (!responses.containsKey("429")
                    || !String.valueOf(resolved(document, responses.get("429")).get("headers"))
                            .contains("Retry-After")) {
                problems.add(name + " does not document 429 with Retry-After");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyErrorResponseIsAProblemAndEveryOperationDocuments500And503() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> document = document();
        forEachOperation(document, (name, operation) -> {
            Map<String, Map<String, Object>> responses = responses(operation);
            if (!responses.containsKey("500") || !responses.containsKey("503")) {
                problems.add(name + " does not document 500 and 503");
            }
            responses.forEach((status, response) -> {
                if (status.compareTo("400") >= 0 && !String.valueOf(resolved(document, response).get("content"))
                        .equals("{application/problem+json={schema={$ref=#/components/schemas/Problem}}}")) {
                    problems.add(name + " answers " + status + " with " + response.get("content") + ", not a Problem");
                }
            });
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void schemaPatternsAvoidJavaOnlyRegexSyntax() {
        List<String> patterns = new ArrayList<>();
        collectPatterns(document(), patterns);
        assertAll(() -> assertTrue(patterns.size() >= 3, () -> "patterns: " + patterns),
                () -> assertTrue(patterns.stream().noneMatch(p -> JAVA_ONLY_REGEX.matcher(p).find()),
                        () -> "Java-only syntax in " + patterns));
    }

    @Test
    void theServedPlayerIdPatternAcceptsWhatTheValidatorAccepts() {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().path("components.schemas.CreateSessionRequest.properties.playerId.pattern");
        Pattern documented = Pattern.compile(served);
        Map<String, Boolean> disagreements = new LinkedHashMap<>();
        for (String id : List.of("u-81", "a", "a".repeat(48), "a".repeat(49), "", " ", "a b", "bot:u-81", "ünï",
                "u\u200b81", "x.y_z-1")) {
            boolean valid = validator.validateValue(CreateSessionRequest.class, "playerId", id).isEmpty();
            // JSON Schema applies a pattern as a search, not as a whole-value match.
            if (documented.matcher(id).find() != valid) {
                disagreements.put(id, valid);
            }
        }
        assertTrue(disagreements.isEmpty(), () -> "the validator says otherwise for " + disagreements);
    }

    @Test
    void theServedRoomKeyPatternAcceptsWhatTheApiAccepts() {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().path("paths.'/api/v1/rooms/{roomKey}/games'.post.parameters[0].schema.pattern");
        Pattern documented = Pattern.compile(served);
        for (String key : List.of("room-1", "guild:42.channel_7", "k".repeat(64), "k".repeat(65), "two words",
                "ünï")) {
            int status = TestClients.shared("rooms").given().pathParam("key", key).when().get("/api/v1/rooms/{key}/games/current")
                    .then().extract().statusCode();
            assertEquals(documented.matcher(key).find(), status != 400, () -> key + " answered " + status);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectPatterns(Object node, List<String> patterns) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("pattern".equals(key) && value instanceof String p) {
                    patterns.add(p);
                } else {
                    collectPatterns(value, patterns);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectPatterns(item, patterns));
        }
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
