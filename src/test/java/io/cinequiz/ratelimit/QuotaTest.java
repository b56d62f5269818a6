package io.cinequiz.ratelimit;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review's flood (173 sessions/s, 398 rooms/s, 1,557 OpenTDB tokens/s, 840 reports/s from one client) meets hourly
 * quotas per client or address, open-room and open-session limits; clients with their own quota get theirs.
 */
@QuarkusTest
@TestProfile(QuotaTest.SmallQuotas.class)
class QuotaTest {

    /** Quotas of a few per hour, so that a test reaches them. */
    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.quotas.enabled", "true", "quiz.quotas.sessions-per-hour", "3",
                    "quiz.quotas.players-per-hour", "2", "quiz.quotas.opentdb-tokens-per-hour", "2",
                    "quiz.quotas.reports-per-hour", "2", "quiz.quotas.room-games-per-hour", "4",
                    "quiz.quotas.open-rooms-per-client", "2", "quiz.quotas.open-sessions-per-player", "2",
                    "quiz.quotas.players-per-room-game", "3", "quiz.quotas.room-players-per-hour", "5");
        }
    }

    private static ExtractableResponse<Response> session(RequestSpecification as, String player) {
        return as.contentType("application/json")
                .body(Map.of("playerId", player, "displayName", "Q", "film", "city-of-lost-children", "amount", 2))
                .post("/api/v1/sessions").then().extract();
    }

    @Test
    void aClientStartsItsHourlyQuotaOfSessionsAndNoMore() {
        TestClients.Client bot = TestClients.client("play");
        for (int i = 0; i < 3; i++) {
            session(bot.given(), "p" + i).response().then().statusCode(201);
        }
        session(bot.given(), "p3").response().then().spec(problem(429, "quota-exceeded"))
                .header("Retry-After", notNullValue());
        session(TestClients.client("play").given(), "p0").response().then().statusCode(201);
        TestClients.Client bigger = TestClients.client(Map.of("scopes", List.of("play"), "sessionsPerHour", 5));
        for (int i = 0; i < 5; i++) {
            session(bigger.given(), "p" + i).response().then().statusCode(201);
        }
        session(bigger.given(), "p5").response().then().spec(problem(429, "quota-exceeded"));
    }

    @Test
    void aPlayersThirdOpenSessionEndsItsOldest() {
        TestClients.Client bot = TestClients.client("play");
        ExtractableResponse<Response> first = session(bot.given(), "u-1");
        session(bot.given(), "u-1").response().then().statusCode(201);
        given().header("Authorization", "Bearer " + first.path("token")).get("/api/v1/sessions/" + first.path("sessionId"))
                .then().statusCode(200).body("finished", equalTo(false));
        session(bot.given(), "u-1").response().then().statusCode(201);
        given().header("Authorization", "Bearer " + first.path("token")).get("/api/v1/sessions/" + first.path("sessionId"))
                .then().statusCode(200).body("finished", equalTo(true));
    }

    private static ExtractableResponse<Response> join(TestClients.Client bot, String room, String roundId,
            String player) {
        return bot.given().contentType("application/json")
                .body(Map.of("playerId", player, "displayName", "P " + player, "choice", 0))
                .post("/api/v1/rooms/" + room + "/games/current/rounds/" + roundId + "/answers").then().extract();
    }

    private static String firstRound(TestClients.Client bot, String room) {
        bot.given().contentType("application/json").body(Map.of("film", "city-of-lost-children"))
                .post("/api/v1/rooms/" + room + "/games").then().statusCode(201);
        return bot.given().post("/api/v1/rooms/" + room + "/games/current/rounds").then().statusCode(201)
                .extract().path("roundId");
    }

    @Test
    void aRoomGameTakesItsQuotaOfPlayersAndTheClientItsHourlyQuotaOfNewOnes() {
        TestClients.Client bot = TestClients.client("rooms");
        String round = firstRound(bot, "full-room");
        for (int i = 0; i < 3; i++) {
            join(bot, "full-room", round, "p" + i).response().then().statusCode(200);
        }
        join(bot, "full-room", round, "p3").response().then().spec(problem(409, "room-full"))
                .body("detail", org.hamcrest.Matchers.containsString("3 players"));
        bot.given().get("/api/v1/rooms/full-room/games/current").then().statusCode(200)
                .body("players.size()", equalTo(3)); // the refused player was not added
        join(bot, "full-room", round, "p0").response().then().statusCode(200); // a retry of a player in the game
        // 3 players added this hour; a second room takes 2 more, the client's 5, and no more
        String other = firstRound(bot, "other-room");
        join(bot, "other-room", other, "q0").response().then().statusCode(200);
        join(bot, "other-room", other, "q1").response().then().statusCode(200);
        join(bot, "other-room", other, "q2").response().then().spec(problem(429, "quota-exceeded"))
                .header("Retry-After", notNullValue());
        bot.given().get("/api/v1/rooms/other-room/games/current").then().statusCode(200)
                .body("players.size()", equalTo(2));
    }

    /**
     * An address gets a few identities an hour; each player then has its own session quota, so one player using up its
     * quota does not stop another behind the same address (review round 2, M3).
     */
    @Test
    void anAddressGetsAFewPlayerIdentitiesAnHourAndEachItsOwnSessionQuota() {
        String attacker = given().post("/api/v1/players").then().statusCode(201).extract().path("token");
        String victim = given().post("/api/v1/players").then().statusCode(201).extract().path("token");
        given().post("/api/v1/players").then().spec(problem(429, "quota-exceeded"));

        for (int i = 0; i < 3; i++) {
            tokenSession(attacker).then().statusCode(201);
        }
        tokenSession(attacker).then().spec(problem(429, "quota-exceeded"))
                .body("detail", org.hamcrest.Matchers.containsString("This player"));
        tokenSession(victim).then().statusCode(201);
    }

    private static Response tokenSession(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("displayName", "Q", "film", "city-of-lost-children", "amount", 1))
                .when().post("/api/v1/sessions");
    }

    @Test
    void openTdbTokensAndReportsHaveTheirQuotas() {
        TestClients.Client bot = TestClients.client("play");
        for (int i = 0; i < 2; i++) {
            bot.given().get("/api_token.php?command=request").then().statusCode(200).body("response_code", equalTo(0));
        }
        bot.given().get("/api_token.php?command=request").then().statusCode(200).body("response_code", equalTo(5))
                .body("token", nullValue());
        String question = given().get("/api/v1/questions?amount=1").then().statusCode(200).extract().path("[0].id");
        for (int i = 0; i < 2; i++) {
            bot.given().contentType("application/json").body(Map.of("reason", "typo"))
                    .post("/api/v1/questions/" + question + "/reports").then().statusCode(201);
        }
        bot.given().contentType("application/json").body(Map.of("reason", "typo"))
                .post("/api/v1/questions/" + question + "/reports").then().spec(problem(429, "quota-exceeded"));
    }

    @Test
    void aClientHasAFewRoomsWithAnUnfinishedGame() {
        TestClients.Client bot = TestClients.client("rooms");
        bot.given().contentType("application/json").body("{}").post("/api/v1/rooms/a/games").then().statusCode(201);
        bot.given().contentType("application/json").body("{}").post("/api/v1/rooms/b/games").then().statusCode(201);
        bot.given().contentType("application/json").body("{}").post("/api/v1/rooms/c/games")
                .then().spec(problem(409, "too-many-open-rooms"));
        bot.given().delete("/api/v1/rooms/a/games/current").then().statusCode(200);
        bot.given().contentType("application/json").body("{}").post("/api/v1/rooms/c/games").then().statusCode(201);
        bot.given().delete("/api/v1/rooms/c/games/current").then().statusCode(200);
        bot.given().contentType("application/json").body("{}").post("/api/v1/rooms/d/games")
                .then().spec(problem(429, "quota-exceeded")); // the fifth game of the hour
        TestClients.Client roomy = TestClients.client(Map.of("scopes", List.of("rooms"), "openRooms", 3));
        for (String room : List.of("a", "b", "c")) {
            roomy.given().contentType("application/json").body("{}").post("/api/v1/rooms/" + room + "/games")
                    .then().statusCode(201);
        }
    }
}
