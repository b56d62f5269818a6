package io.cinequiz.security;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Players own their scores: nobody but a player (its token) or the client whose player it is can start its sessions,
 * put a name on its leaderboard entries or forget its history; two clients' players and communities with the same
 * local id are different ones.
 */
@QuarkusTest
class OwnershipTest {

    private static final String FILM = "city-of-lost-children";

    private static Map<String, Object> session(String playerId, Object... more) {
        Map<String, Object> body = new HashMap<>();
        if (playerId != null) {
            body.put("playerId", playerId);
        }
        body.put("displayName", "Miette");
        body.put("film", FILM);
        body.put("amount", 1);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static ExtractableResponse<Response> start(RequestSpecification as, Map<String, Object> body) {
        return as.contentType("application/json").body(body).when().post("/api/v1/sessions").then().extract();
    }

    /** Plays a one-question session to the end (answer 0), so that it counts on the leaderboards. */
    private static void play(RequestSpecification as, Map<String, Object> body) {
        ExtractableResponse<Response> created = start(as, body);
        created.response().then().statusCode(201);
        String path = "/api/v1/sessions/" + created.path("sessionId");
        String token = created.path("token");
        String question = given().header("Authorization", "Bearer " + token).get(path + "/next").then().statusCode(200)
                .extract().path("question.id");
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("questionId", question, "choice", 0)).post(path + "/answers").then().statusCode(200)
                .body("finished", equalTo(true));
    }

    @Test
    void nobodyPlaysWithoutAPlayerTokenOrAKeyWithThePlayScope() {
        start(given(), session("u-81")).response().then().spec(problem(401, "unauthorized"));
        start(TestClients.client("rooms").given(), session("u-81")).response().then().spec(problem(403, "forbidden"));
        start(TestClients.client("moderation").given(), session("u-81")).response().then()
                .spec(problem(403, "forbidden"));
    }

    @Test
    void aPlayerTokenPlaysAsItsPlayerOnly() {
        TestClients.IssuedPlayer me = TestClients.player();
        TestClients.IssuedPlayer other = TestClients.player();
        start(me.given(), session(null)).response().then().statusCode(201).body("playerId", equalTo(me.id()));
        start(me.given(), session(me.id())).response().then().statusCode(201).body("playerId", equalTo(me.id()));
        start(me.given(), session(other.id())).response().then().spec(problem(400, "bad-request"));
        start(me.given(), session(null, "community", "guild-7")).response().then().spec(problem(400, "bad-request"));
    }

    @Test
    void twoClientsPlayersWithOneLocalIdAreTwoPlayers() {
        TestClients.Client a = TestClients.client("play");
        TestClients.Client b = TestClients.client("play");
        play(a.given(), session("u-81", "displayName", "Miette"));
        play(b.given(), session("u-81", "displayName", "Miette is a cheater"));

        given().get("/api/v1/leaderboards/players/" + a.player("u-81")).then().statusCode(200)
                .body("standing.playerId", equalTo(a.player("u-81")))
                .body("standing.displayName", equalTo("Miette")).body("standing.games", equalTo(1));
        given().get("/api/v1/leaderboards/players/" + b.player("u-81")).then().statusCode(200)
                .body("standing.displayName", equalTo("Miette is a cheater")).body("standing.games", equalTo(1));
        // with a key, a name without a namespace is the client's own
        a.given().get("/api/v1/leaderboards/players/u-81").then().statusCode(200)
                .body("standing.displayName", equalTo("Miette"));
    }

    @Test
    void communitiesBelongToTheClientThatNamesThem() {
        TestClients.Client a = TestClients.client("play");
        TestClients.Client b = TestClients.client("play");
        String guild = "guild-" + UUID.randomUUID();
        play(a.given(), session("u-1", "community", guild));
        play(b.given(), session("u-2", "community", guild));
        play(b.given(), session("u-3", "community", guild));

        given().queryParam("scope", "community").queryParam("community", a.id() + ":" + guild)
                .get("/api/v1/leaderboards").then().statusCode(200)
                .body("community", equalTo(a.id() + ":" + guild)).body("totalPlayers", equalTo(1))
                .body("entries[0].playerId", equalTo(a.player("u-1")));
        b.given().queryParam("scope", "community").queryParam("community", guild)
                .get("/api/v1/leaderboards").then().statusCode(200).body("totalPlayers", equalTo(2));
        given().queryParam("scope", "community").queryParam("community", guild)
                .get("/api/v1/leaderboards").then().statusCode(200).body("totalPlayers", equalTo(0));
    }

    @Test
    void onlyThePlayerOrItsClientForgetsItsHistory() {
        TestClients.Client a = TestClients.client("play");
        TestClients.Client b = TestClients.client("play");
        TestClients.IssuedPlayer me = TestClients.player();
        String history = "/api/v1/players/%s/history";

        given().delete(history.formatted(a.player("u-81"))).then().spec(problem(401, "unauthorized"));
        b.given().delete(history.formatted(a.player("u-81"))).then().spec(problem(403, "forbidden"));
        me.given().delete(history.formatted(a.player("u-81"))).then().spec(problem(403, "forbidden"));
        TestClients.client("rooms").given().delete(history.formatted("u-81")).then().spec(problem(403, "forbidden"));
        a.given().delete(history.formatted(a.player("u-81"))).then().statusCode(204);
        a.given().delete(history.formatted("u-81")).then().statusCode(204);

        given().delete(history.formatted(me.id())).then().spec(problem(401, "unauthorized"));
        TestClients.player().given().delete(history.formatted(me.id())).then().spec(problem(403, "forbidden"));
        me.given().delete(history.formatted(me.id())).then().statusCode(204);
    }

    @Test
    void forgettingOneClientsPlayerLeavesTheOtherClientsPlayerWithTheSameIdAlone() {
        TestClients.Client a = TestClients.client("play");
        TestClients.Client b = TestClients.client("play");
        Map<String, Object> narrow = session("u-81", "category", "crew", "type", "boolean", "amount", 50);
        while (start(a.given(), narrow).statusCode() == 201) {
            // a's u-81 is served every question of the filter
        }
        start(b.given(), narrow).response().then().statusCode(201); // b's u-81 is another player
        b.given().delete("/api/v1/players/u-81/history").then().statusCode(204);
        start(a.given(), narrow).response().then().spec(problem(409, "pool-exhausted"));
    }

    @Test
    void sessionTokensAreOfTheirSessionOnly() {
        TestClients.IssuedPlayer me = TestClients.player();
        ExtractableResponse<Response> mine = start(me.given(), session(null));
        ExtractableResponse<Response> theirs = start(TestClients.player().given(), session(null));
        given().header("Authorization", "Bearer " + theirs.path("token"))
                .get("/api/v1/sessions/" + mine.path("sessionId")).then().spec(problem(403, "forbidden"));
        // a player token is not a session token
        me.given().get("/api/v1/sessions/" + mine.path("sessionId")).then().spec(problem(403, "forbidden"));
        given().header("Authorization", "Bearer " + mine.path("token"))
                .get("/api/v1/sessions/" + mine.path("sessionId")).then().statusCode(200)
                .body("playerId", startsWith("p-"));
    }
}
