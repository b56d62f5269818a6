package io.cinequiz.room;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.cinequiz.room.RoomApi.answer;
import static io.cinequiz.room.RoomApi.answerResponse;
import static io.cinequiz.room.RoomApi.current;
import static io.cinequiz.room.RoomApi.fullId;
import static io.cinequiz.room.RoomApi.given;
import static io.cinequiz.room.RoomApi.newPlayer;
import static io.cinequiz.room.RoomApi.newRoom;
import static io.cinequiz.room.RoomApi.next;
import static io.cinequiz.room.RoomApi.standing;
import static io.cinequiz.room.RoomApi.start;
import static io.cinequiz.room.RoomApi.wrong;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.cinequiz.question.QuestionBank;
import io.cinequiz.room.RoomApi.Round;
import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review round 2, H2: one client took over the global board by volume, one player in 20 solo room games at once and
 * 20 solo games of target 1 for 20 wins in 6 s. A player is in one unfinished room game at a time, a game counts on
 * the boards only with two players who answered, and a win there needs a target of at least 2.
 */
@QuarkusTest
class RoomBoardFarmingTest {

    @Inject
    QuestionBank bank;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    @Test
    void aPlayerInAnUnfinishedGameCannotJoinAnotherUntilItEnds() {
        String farmer = newPlayer();
        String roomA = newRoom();
        String roomB = newRoom();
        start(roomA);
        start(roomB);
        Round a = next(roomA);
        Round b = next(roomB);
        clock.advance(Duration.ofSeconds(3));
        answer(roomA, a.id(), farmer, a.correct());
        answerResponse(roomB, b.id(), farmer, b.correct(), null).response().then()
                .spec(problem(409, "player-in-another-game"));
        given().get(RoomApi.round(roomB, b.id())).then().statusCode(200).body("answers.size()", equalTo(0));

        given().delete(current(roomA)).then().statusCode(200).body("finished", equalTo(true));
        answer(roomB, b.id(), farmer, b.correct());
    }

    @Test
    void aSoloGameCountsOnNoBoardAndItsWinIsNoWin() {
        String community = "guild-" + UUID.randomUUID();
        String champ = newPlayer();
        String room = newRoom();
        start(room, "targetScore", 1, "questionSeconds", 5, "community", community);
        Round r = next(room);
        clock.advance(Duration.ofSeconds(3));
        answer(room, r.id(), champ, r.correct());
        clock.advance(Duration.ofSeconds(5));
        given().get(current(room)).then().statusCode(200).body("endReason", equalTo("target-reached"))
                .body("winners", contains(fullId(champ)));
        standing(community, champ).spec(problem(404, "not-found"));
        given().get("/api/v1/leaderboards/players/" + fullId(champ)).then().spec(problem(404, "not-found"));
    }

    @Test
    void aTwoPlayerGameCountsButAWinAtTargetOneIsNoWinOnTheBoards() {
        String community = "guild-" + UUID.randomUUID();
        String champ = newPlayer();
        String puppet = newPlayer();
        String room = newRoom();
        start(room, "targetScore", 1, "questionSeconds", 5, "community", community);
        Round r = next(room);
        clock.advance(Duration.ofSeconds(3));
        answer(room, r.id(), champ, r.correct());
        answer(room, r.id(), puppet, wrong(bank, r));
        clock.advance(Duration.ofSeconds(5));
        given().get(current(room)).then().statusCode(200).body("endReason", equalTo("target-reached"))
                .body("winners", contains(fullId(champ)));
        standing(community, champ).statusCode(200).body("standing.games", equalTo(1))
                .body("standing.wins", equalTo(0)).body("standing.correct", equalTo(1));
        standing(community, puppet).statusCode(200).body("standing.games", equalTo(1));
    }
}
