package io.cinequiz.retention;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.leaderboard.Window;
import io.cinequiz.security.TestClients;
import io.cinequiz.session.FakeClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What play leaves behind is deleted once it is old: finished sessions and room games after a week, leaderboard periods
 * the API can no longer show, with what is still shown kept (room games: RoomExpiryTest).
 */
@QuarkusTest
class RetentionTest {

    private static final String FILM = "city-of-lost-children";

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    /** A one-question session played to the end (its game counts): its id and token. */
    private static ExtractableResponse<Response> playOne(TestClients.Client bot, String player) {
        ExtractableResponse<Response> created = bot.given().contentType("application/json")
                .body(Map.of("playerId", player, "displayName", "Old", "film", FILM, "amount", 1))
                .post("/api/v1/sessions").then().statusCode(201).extract();
        String path = "/api/v1/sessions/" + created.path("sessionId");
        String token = created.path("token");
        String id = given().header("Authorization", "Bearer " + token).get(path + "/next").then().statusCode(200)
                .extract().path("question.id");
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("questionId", id, "choice", 0)).post(path + "/answers").then().statusCode(200)
                .body("finished", equalTo(true));
        return created;
    }

    private long standings(String windowKey, String playerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from standing where window_key = ?1 and player_id = ?2")
                .setParameter(1, windowKey).setParameter(2, playerId).getSingleResult()).longValue());
    }

    @Test
    void finishedSessionsGoAfterAWeekAndUnfinishedOnesStay() {
        TestClients.Client bot = TestClients.client("play");
        ExtractableResponse<Response> finished = playOne(bot, "old");
        ExtractableResponse<Response> open = bot.given().contentType("application/json")
                .body(Map.of("playerId", "other", "displayName", "Open", "film", FILM, "amount", 2))
                .post("/api/v1/sessions").then().statusCode(201).extract();

        clock.advance(Duration.ofDays(6));
        retention.purge();
        given().header("Authorization", "Bearer " + finished.path("token"))
                .get("/api/v1/sessions/" + finished.path("sessionId")).then().statusCode(200);

        clock.advance(Duration.ofDays(2));
        assertTrue(retention.purge().sessions() >= 1);
        given().header("Authorization", "Bearer " + finished.path("token"))
                .get("/api/v1/sessions/" + finished.path("sessionId")).then().spec(problem(404, "not-found"));
        // an open session is not purged (it expires first, after 6 idle hours, and goes a week after that)
        given().header("Authorization", "Bearer " + open.path("token"))
                .get("/api/v1/sessions/" + open.path("sessionId")).then().statusCode(200);
        // the game still counts on the all-time board
        given().get("/api/v1/leaderboards/players/" + bot.player("old")).then().statusCode(200)
                .body("standing.games", equalTo(1));
    }

    @Test
    void pastLeaderboardPeriodsGoAndWhatTheApiShowsStays() {
        TestClients.Client bot = TestClients.client("play");
        playOne(bot, "board");
        Instant played = clock.now();
        String day = Window.DAY.key(played, ZoneOffset.UTC);
        String week = Window.WEEK.key(played, ZoneOffset.UTC);
        String player = bot.player("board");
        assertEquals(2, standings(day, player)); // the global board and the film's

        clock.advance(Duration.ofDays(1));
        retention.purge();
        assertEquals(2, standings(day, player), "yesterday is kept (quiz.retention.past-periods=1)");

        clock.advance(Duration.ofDays(1));
        retention.purge();
        assertEquals(0, standings(day, player), "the day before yesterday is gone");
        assertEquals(2, standings("all", player), "all time stays");
        clock.advance(Duration.ofDays(14));
        retention.purge();
        assertEquals(0, standings(week, player), "a week two weeks ago is gone");
        assertEquals(2, standings("all", player));
        given().get("/api/v1/leaderboards/players/" + player).then().statusCode(200).body("standing.games", equalTo(1));
    }
}
