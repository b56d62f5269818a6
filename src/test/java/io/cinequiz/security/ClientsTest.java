package io.cinequiz.security;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API and API keys: operators create, list and revoke clients; a key that does not verify is a 401. */
@QuarkusTest
class ClientsTest {

    @Test
    void operatorCreatesClientWhoseKeyIsShownOnceAndNotStored() {
        String id = "bot-" + System.nanoTime() % 100000;
        var created = TestClients.admin().contentType("application/json")
                .body(Map.of("id", id, "scopes", List.of("play", "rooms"), "requestsPerSecond", 20))
                .when().post("/api/v1/admin/clients")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .header("Location", "/api/v1/admin/clients/" + id)
                .body("id", equalTo(id)).body("scopes", equalTo(List.of("play", "rooms")))
                .body("requestsPerSecond", equalTo(20)).body("key", startsWith("ck_")).extract();
        String key = created.path("key");
        TestClients.admin().when().get("/api/v1/admin/clients/" + id).then().statusCode(200)
                .body("key", nullValue()).body("scopes", equalTo(List.of("play", "rooms")));
        TestClients.admin().when().get("/api/v1/admin/clients").then().statusCode(200)
                .body("id", hasItem(id)).body("key", not(hasItem(key)));
        given().header("X-API-Key", key).when().get("/api/v1/info").then().statusCode(200);
    }

    @Test
    void adminApiNeedsTheOperatorSecret() {
        given().when().get("/api/v1/admin/clients").then().spec(problem(401, "unauthorized"));
        given().header("Authorization", "Bearer not-the-secret").when().get("/api/v1/admin/clients")
                .then().spec(problem(401, "unauthorized"));
        TestClients.Client client = TestClients.client("play", "rooms", "moderation");
        client.given().when().get("/api/v1/admin/clients").then().spec(problem(403, "forbidden"));
    }

    @Test
    void unknownFreshOrRevokedKeysAre401EvenOnPublicEndpoints() {
        given().header("X-API-Key", "key-" + System.nanoTime()).when().get("/api/v1/films")
                .then().spec(problem(401, "unauthorized")).body("detail", equalTo("Unknown or revoked API key"));
        given().header("X-API-Key", "ck_" + "x".repeat(5000)).when().get("/api/v1/info")
                .then().spec(problem(401, "unauthorized"));
        given().header("X-API-Key", "").when().get("/api/v1/info").then().spec(problem(401, "unauthorized"));
        TestClients.Client client = TestClients.client("play");
        client.given().when().get("/api/v1/info").then().statusCode(200);
        TestClients.admin().when().delete("/api/v1/admin/clients/" + client.id()).then().statusCode(204);
        client.given().when().get("/api/v1/info").then().spec(problem(401, "unauthorized"));
        TestClients.admin().when().get("/api/v1/admin/clients/" + client.id()).then().statusCode(200)
                .body("revokedAt", not(nullValue()));
    }

    @Test
    void clientIdsAreNeverReusedAndMustBeSafe() {
        TestClients.Client client = TestClients.client("play");
        TestClients.admin().contentType("application/json").body(Map.of("id", client.id(), "scopes", List.of("play")))
                .when().post("/api/v1/admin/clients").then().spec(problem(409, "client-exists"));
        for (String bad : List.of("", "Upper", "has:colon", "a".repeat(16), "-leading", "zéro", "bot\u200b")) {
            TestClients.admin().contentType("application/json").body(Map.of("id", bad, "scopes", List.of("play")))
                    .when().post("/api/v1/admin/clients").then().spec(problem(400, "validation"));
        }
        TestClients.admin().contentType("application/json").body(Map.of("id", "okid", "scopes", List.of("admin")))
                .when().post("/api/v1/admin/clients").then().spec(problem(400, "validation"));
        TestClients.admin().contentType("application/json").body(Map.of("id", "okid", "scopes", List.of()))
                .when().post("/api/v1/admin/clients").then().spec(problem(400, "validation"));
        TestClients.admin().when().delete("/api/v1/admin/clients/nobody").then().spec(problem(404, "not-found"));
    }

    @Test
    void playersGetAnIdentityWithATokenShownOnce() {
        given().when().post("/api/v1/players").then().statusCode(201).header("Cache-Control", "no-store")
                .body("playerId", startsWith("p-")).body("token", startsWith("pt_"));
        given().header("Authorization", "Bearer pt_unknown").when().get("/api/v1/info")
                .then().spec(problem(401, "unauthorized")).body("detail", equalTo("Unknown player token"));
        TestClients.IssuedPlayer player = TestClients.player();
        player.given().when().get("/api/v1/info").then().statusCode(200);
    }
}
