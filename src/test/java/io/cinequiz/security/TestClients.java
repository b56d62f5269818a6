package io.cinequiz.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Credentials for tests, made through the public API: API clients (created with the operator secret the build sets,
 * {@code quiz.security.admin-secret} in the pom) and player identities. Each call makes new ones.
 */
public final class TestClients {

    public static final String ADMIN_SECRET = "test-operator-secret-not-for-production";

    private TestClients() {
    }

    /** An API client: its id (its players' namespace) and its key. */
    public record Client(String id, String key) {

        public RequestSpecification given() {
            return io.restassured.RestAssured.given().header("X-API-Key", key);
        }

        /** The full id of this client's player {@code localId}. */
        public String player(String localId) {
            return id + ":" + localId;
        }
    }

    /** A player the service issued: its id and its token. */
    public record IssuedPlayer(String id, String token) {

        public RequestSpecification given() {
            return io.restassured.RestAssured.given().header("Authorization", "Bearer " + token);
        }
    }

    private static final Map<String, Client> SHARED = new java.util.HashMap<>();

    /**
     * One client with these scopes for the whole test run (the database outlives a Quarkus restart between profiles),
     * for tests that only need some client with the scopes.
     */
    public static synchronized Client shared(String... scopes) {
        return SHARED.computeIfAbsent(String.join(",", scopes), k -> client(scopes));
    }

    public static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN_SECRET);
    }

    /** A new client with these scopes and the default quotas. */
    public static Client client(String... scopes) {
        return client(Map.of("scopes", List.of(scopes)));
    }

    /** A new client; {@code body} gives its scopes and quotas (its id is made up). */
    public static Client client(Map<String, Object> body) {
        String id = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> request = new java.util.HashMap<>(body);
        request.put("id", id);
        String key = admin().contentType("application/json").body(request)
                .when().post("/api/v1/admin/clients").then().statusCode(201).extract().path("key");
        return new Client(id, key);
    }

    public static IssuedPlayer player() {
        var created = given().when().post("/api/v1/players").then().statusCode(201).extract();
        return new IssuedPlayer(created.path("playerId"), created.path("token"));
    }
}
