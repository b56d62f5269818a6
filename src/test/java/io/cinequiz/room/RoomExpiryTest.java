package io.cinequiz.room;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.retention.Retention;
import io.cinequiz.security.TestClients;
import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Room games never ran forever: an idle one expires (its scores count), a finished one is deleted after a week. */
@QuarkusTest
class RoomExpiryTest {

    @Inject
    RoomExpiry expiry;

    @Inject
    Retention retention;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    @Test
    void anIdleGameExpiresWithoutAWinnerAndIsDeletedAWeekLater() {
        TestClients.Client bot = TestClients.client("rooms");
        String games = "/api/v1/rooms/idle-" + System.nanoTime() + "/games";
        String gameId = bot.given().contentType("application/json")
                .body(Map.of("film", RoomApi.FILM, "community", "g")).post(games).then().statusCode(201)
                .extract().path("gameId");
        String roundId = bot.given().post(games + "/current/rounds").then().statusCode(201).extract().path("roundId");
        bot.given().contentType("application/json").body(Map.of("playerId", "u-1", "displayName", "One", "choice", 0))
                .post(games + "/current/rounds/" + roundId + "/answers").then().statusCode(200);
        // a second player: a game counts on the boards only with two players who answered (review round 2, H2)
        bot.given().contentType("application/json").body(Map.of("playerId", "u-2", "displayName", "Two", "choice", 1))
                .post(games + "/current/rounds/" + roundId + "/answers").then().statusCode(200);

        clock.advance(Duration.ofMinutes(59));
        expiry.expireIdle();
        bot.given().get(games + "/" + gameId).then().statusCode(200).body("finished", equalTo(false));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(expiry.expireIdle() >= 1);
        bot.given().get(games + "/" + gameId).then().statusCode(200).body("finished", equalTo(true))
                .body("endReason", equalTo("expired")).body("winners.size()", equalTo(0));
        given().queryParam("scope", "community").queryParam("community", bot.id() + ":g")
                .get("/api/v1/leaderboards/players/" + bot.player("u-1")).then().statusCode(200)
                .body("standing.games", equalTo(1));
        // the room is free again
        bot.given().contentType("application/json").body("{}").post(games).then().statusCode(201);

        clock.advance(Duration.ofDays(8));
        assertTrue(retention.purge().roomGames() >= 1);
        bot.given().get(games + "/" + gameId).then().spec(problem(404, "not-found"));
    }
}
