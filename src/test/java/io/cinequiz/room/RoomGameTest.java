package io.cinequiz.room;

import static io.cinequiz.room.RoomApi.answer;
import static io.cinequiz.room.RoomApi.correct;
import static io.cinequiz.room.RoomApi.current;
import static io.cinequiz.room.RoomApi.newPlayer;
import static io.cinequiz.room.RoomApi.newRoom;
import static io.cinequiz.room.RoomApi.next;
import static io.cinequiz.room.RoomApi.round;
import static io.cinequiz.room.RoomApi.standing;
import static io.cinequiz.room.RoomApi.start;
import static io.cinequiz.room.RoomApi.wrong;
import static io.cinequiz.room.RoomApi.fullId;
import static io.cinequiz.room.RoomApi.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.platform.PrometheusText;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.room.RoomApi.Round;
import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A whole room game: three players to the target score, the winner on the community leaderboard. */
@QuarkusTest
class RoomGameTest {

    @Inject
    QuestionBank bank;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    @Test
    void threePlayersPlayToTheTargetScoreAndTheWinnerShowsOnTheCommunityLeaderboard() {
        double started = PrometheusText.value("cinequiz_rooms_games_started_total");
        double finished = PrometheusText.value("cinequiz_rooms_games_finished_total");
        double correctAnswers = PrometheusText.value("cinequiz_rooms_answers_total", "outcome", "correct");
        double wrongAnswers = PrometheusText.value("cinequiz_rooms_answers_total", "outcome", "wrong");
        String room = newRoom();
        String community = "guild-" + UUID.randomUUID();
        String amelie = newPlayer();
        String bruno = newPlayer();
        String chloe = newPlayer();
        String gameId = start(room, "targetScore", 2, "questionSeconds", 10, "community", community);
        given().when().get(current(room)).then().statusCode(200)
                .body("gameId", equalTo(gameId)).body("targetScore", equalTo(2)).body("questionSeconds", equalTo(10))
                .body("community", equalTo(RoomApi.bot().id() + ":" + community)).body("finished", equalTo(false)).body("players", hasSize(0));

        // Round 1: nobody has joined before it, so it closes only at its deadline.
        Round r1 = next(room);
        assertEquals(1, r1.number());
        clock.advance(Duration.ofSeconds(1));
        // while the round is open an answer is only acknowledged (review round 2, L5): the round view tells after
        answer(room, r1.id(), amelie, correct(bank, r1)).response().then().body("roundClosed", equalTo(false))
                .body("correct", nullValue()).body("points", nullValue()).body("firstCorrect", nullValue());
        clock.advance(Duration.ofSeconds(1));
        answer(room, r1.id(), bruno, correct(bank, r1)).response().then().body("roundClosed", equalTo(false))
                .body("correct", nullValue()).body("points", nullValue()).body("firstCorrect", nullValue());
        clock.advance(Duration.ofSeconds(1));
        answer(room, r1.id(), chloe, wrong(bank, r1)).response().then().body("roundClosed", equalTo(false))
                .body("correct", nullValue()).body("points", nullValue());
        given().when().get(round(room, r1.id())).then().statusCode(200)
                .body("closed", equalTo(false)).body("correctChoice", nullValue()).body("citations", nullValue())
                .body("answers", hasSize(3)).body("answers[0].choice", nullValue());

        clock.advance(Duration.ofSeconds(8)); // 11 s: past the 10 s deadline and the 500 ms grace
        given().when().get(round(room, r1.id())).then().statusCode(200)
                .body("closed", equalTo(true)).body("closeReason", equalTo("deadline"))
                .body("correctChoice", equalTo(correct(bank, r1))).body("citations", notNullValue())
                .body("firstCorrect", equalTo(fullId(amelie)))
                .body("answers.playerId", contains(fullId(amelie), fullId(bruno), fullId(chloe)))
                .body("answers.points", contains(RoomApi.points(r1, 975), RoomApi.points(r1, 950), 0))
                .body("answers.correct", contains(true, true, false))
                .body("answers.firstCorrect", contains(true, false, false));
        given().when().get(current(room)).then().statusCode(200)
                .body("players.playerId", contains(fullId(amelie), fullId(bruno), fullId(chloe)))
                .body("players.score", contains(1, 1, 0)).body("players.rank", contains(1, 2, 3));

        // Round 2: all three joined before it, so it closes as soon as the last of them answers.
        Round r2 = next(room);
        clock.advance(Duration.ofSeconds(3));
        answer(room, r2.id(), chloe, correct(bank, r2));
        answer(room, r2.id(), bruno, wrong(bank, r2));
        given().when().get(current(room)).then().body("finished", equalTo(false));
        answer(room, r2.id(), amelie, correct(bank, r2)).response().then().body("roundClosed", equalTo(true))
                .body("correct", equalTo(true)).body("points", equalTo(RoomApi.points(r2, 925)))
                .body("firstCorrect", equalTo(false)); // the last answer closes the round: it is told at once

        // true/false answers earn half (Scoring.weight): the order of Bruno and Chloe depends on the forms drawn
        int amelieP = RoomApi.points(r1, 975) + RoomApi.points(r2, 925);
        int brunoP = RoomApi.points(r1, 950);
        int chloeP = RoomApi.points(r2, 925);
        boolean brunoAhead = brunoP > chloeP;
        given().when().get(round(room, r2.id())).then()
                .body("closed", equalTo(true)).body("closeReason", equalTo("all-answered"))
                .body("firstCorrect", equalTo(fullId(chloe))).body("gameFinished", equalTo(true));
        given().when().get(current(room)).then().statusCode(200)
                .body("finished", equalTo(true)).body("endReason", equalTo("target-reached"))
                .body("winners", contains(fullId(amelie))).body("currentRound.open", equalTo(false))
                .body("players.playerId", brunoAhead ? contains(fullId(amelie), fullId(bruno), fullId(chloe))
                        : contains(fullId(amelie), fullId(chloe), fullId(bruno)))
                .body("players.score", contains(2, 1, 1))
                .body("players.points", brunoAhead ? contains(amelieP, brunoP, chloeP) : contains(amelieP, chloeP, brunoP))
                .body("players.winner", contains(true, false, false));

        standing(community, amelie).statusCode(200).body("rank", equalTo(1)).body("totalPlayers", equalTo(3))
                .body("standing.wins", equalTo(1)).body("standing.games", equalTo(1))
                .body("standing.score", equalTo(amelieP)).body("standing.correct", equalTo(2))
                .body("standing.answered", equalTo(2));
        standing(community, bruno).statusCode(200).body("standing.wins", equalTo(0))
                .body("standing.games", equalTo(1)).body("standing.score", equalTo(brunoP));
        standing(community, chloe).statusCode(200).body("standing.wins", equalTo(0))
                .body("standing.games", equalTo(1)).body("standing.score", equalTo(chloeP));
        given().queryParam("scope", "community").queryParam("community", community)
                .when().get("/api/v1/leaderboards").then().statusCode(200)
                .body("entries[0].playerId", equalTo(fullId(amelie))).body("entries[0].score", equalTo(amelieP));

        // Looking again records nothing more.
        given().when().get(current(room)).then().statusCode(200);
        given().when().delete(current(room)).then().statusCode(200).body("endReason", equalTo("target-reached"));
        standing(community, amelie).body("standing.games", equalTo(1)).body("standing.wins", equalTo(1));

        assertEquals(1, PrometheusText.value("cinequiz_rooms_games_started_total") - started);
        assertEquals(1, PrometheusText.value("cinequiz_rooms_games_finished_total") - finished);
        assertEquals(4, PrometheusText.value("cinequiz_rooms_answers_total", "outcome", "correct") - correctAnswers);
        assertEquals(2, PrometheusText.value("cinequiz_rooms_answers_total", "outcome", "wrong") - wrongAnswers);
    }

    @Test
    void startReturnsTheGameWithItsLocationAndDefaults() {
        String room = newRoom();
        var created = given().contentType("application/json").body("{}").when().post(RoomApi.games(room)).then()
                .statusCode(201).extract();
        String gameId = created.path("gameId");
        assertTrue(created.header("Location").endsWith("/api/v1/rooms/" + room + "/games/" + gameId));
        given().when().get(RoomApi.games(room) + "/" + gameId).then().statusCode(200)
                .body("targetScore", equalTo(10)).body("questionSeconds", equalTo(15)).body("number", equalTo(1))
                .body("film", nullValue()).body("rounds", equalTo(0)).body("currentRound", nullValue());
    }
}
