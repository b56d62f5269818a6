package io.cinequiz.room;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.cinequiz.room.RoomApi.answer;
import static io.cinequiz.room.RoomApi.answerResponse;
import static io.cinequiz.room.RoomApi.correct;
import static io.cinequiz.room.RoomApi.current;
import static io.cinequiz.room.RoomApi.games;
import static io.cinequiz.room.RoomApi.newPlayer;
import static io.cinequiz.room.RoomApi.newRoom;
import static io.cinequiz.room.RoomApi.next;
import static io.cinequiz.room.RoomApi.nextResponse;
import static io.cinequiz.room.RoomApi.round;
import static io.cinequiz.room.RoomApi.standing;
import static io.cinequiz.room.RoomApi.start;
import static io.cinequiz.room.RoomApi.startResponse;
import static io.cinequiz.room.RoomApi.wrong;
import static io.cinequiz.room.RoomApi.fullId;
import static io.cinequiz.room.RoomApi.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.Category;
import io.cinequiz.question.Difficulty;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.question.QuestionFilter;
import io.cinequiz.room.RoomApi.Round;
import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rounds close by time or once everyone has answered; games end at the target, when questions run out, or by DELETE. */
@QuarkusTest
class RoomRoundsTest {

    @Inject
    QuestionBank bank;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    @Test
    void aRoundClosesAtItsDeadlinePlusTheGrace() {
        String room = newRoom();
        start(room, "questionSeconds", 10);
        Round r1 = next(room);
        answer(room, r1.id(), newPlayer(), correct(bank, r1));
        clock.advance(Duration.ofMillis(10_500));
        given().when().get(round(room, r1.id())).then().statusCode(200)
                .body("closed", equalTo(false)).body("remainingMs", equalTo(0));
        nextResponse(room).response().then().spec(problem(409, "round-open"));

        clock.advance(Duration.ofMillis(1));
        given().when().get(round(room, r1.id())).then().statusCode(200)
                .body("closed", equalTo(true)).body("closeReason", equalTo("deadline"))
                .body("deadline", equalTo(clock.now().minusMillis(501).toString()));
        Round r2 = next(room);
        assertEquals(2, r2.number());
        given().when().get(current(room)).then().body("rounds", equalTo(2))
                .body("currentRound.roundId", equalTo(r2.id())).body("currentRound.open", equalTo(true));
    }

    /**
     * Review round 2, L5: puppets answered options 0, 1, 2... in an open round until one came back correct. While the
     * round is open an answer is only acknowledged: nothing says which option is right nor who answered right first.
     */
    @Test
    void puppetsProbingEveryOptionOfAnOpenRoundLearnNothing() {
        String room = newRoom();
        start(room, "questionSeconds", 10);
        Round r = next(room);
        for (int option = 0; option < r.optionCount(); option++) {
            answer(room, r.id(), newPlayer(), option).response().then().body("roundClosed", equalTo(false))
                    .body("choice", equalTo(option)).body("correct", equalTo(null)).body("points", equalTo(null))
                    .body("firstCorrect", equalTo(null)).body("late", equalTo(false));
        }
        clock.advance(Duration.ofSeconds(11));
        given().when().get(round(room, r.id())).then().body("closed", equalTo(true))
                .body("answers.findAll { it.correct }.size()", equalTo(1))
                .body("correctChoice", equalTo(correct(bank, r)));
    }

    @Test
    void anAnswerAfterTheRoundClosedIsLateAndScoresNothing() {
        String room = newRoom();
        String player = newPlayer();
        start(room, "questionSeconds", 10);
        Round r1 = next(room);
        clock.advance(Duration.ofSeconds(11));
        answer(room, r1.id(), player, correct(bank, r1)).response().then()
                .body("late", equalTo(true)).body("correct", equalTo(false)).body("points", equalTo(0))
                .body("firstCorrect", equalTo(false)).body("timeMs", equalTo(11_000));
        given().when().get(round(room, r1.id())).then()
                .body("closeReason", equalTo("deadline")).body("firstCorrect", equalTo(null))
                .body("answers[0].late", equalTo(true));
        given().when().get(current(room)).then().body("players[0].score", equalTo(0))
                .body("players[0].answered", equalTo(1));
    }

    @Test
    void aRoundClosesEarlyOnceEveryPlayerWhoHadJoinedBeforeItAnswered() {
        String room = newRoom();
        String a = newPlayer();
        String b = newPlayer();
        start(room, "questionSeconds", 10);
        Round r1 = next(room);
        answer(room, r1.id(), a, correct(bank, r1));
        answer(room, r1.id(), b, wrong(bank, r1));
        clock.advance(Duration.ofSeconds(11));
        Round r2 = next(room);
        answer(room, r2.id(), a, correct(bank, r2));
        String newcomer = newPlayer();
        clock.advance(Duration.ofMillis(100));
        answer(room, r2.id(), newcomer, correct(bank, r2)); // joined during the round: not waited for
        given().when().get(round(room, r2.id())).then().body("closed", equalTo(false));
        clock.advance(Duration.ofSeconds(1));
        answer(room, r2.id(), b, correct(bank, r2));
        given().when().get(round(room, r2.id())).then().body("closed", equalTo(true))
                .body("closeReason", equalTo("all-answered")).body("firstCorrect", equalTo(fullId(a)))
                .body("answers.playerId", contains(fullId(a), fullId(newcomer), fullId(b)))
                .body("answers.points", contains(RoomApi.points(r2, 1000), RoomApi.points(r2, 998),
                        RoomApi.points(r2, 973))); // against the sessions' 20 s, not the room's 10 s

        String late = newPlayer();
        answer(room, r2.id(), late, correct(bank, r2)).response().then().body("late", equalTo(true))
                .body("points", equalTo(0));
        Round r3 = next(room); // no need to wait for the deadline
        assertEquals(3, r3.number());
        answerResponse(room, r2.id(), newPlayer(), 0, null).response().then().spec(problem(409, "round-closed"));
    }

    @Test
    void noQuestionNorTheOtherFormOfItsFactIsServedInAGameAndWhenQuestionsRunOutTheGameEnds() {
        // The smallest filter of the film whose pool holds both forms of some fact: a game serves one of each group.
        QuestionFilter smallest = null;
        int size = Integer.MAX_VALUE;
        for (Category category : Category.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                QuestionFilter f = new QuestionFilter(RoomApi.FILM, category, difficulty, null);
                List<Question> pool = bank.matching(f);
                int groups = QuestionBank.groups(pool);
                if (groups > 0 && groups < pool.size() && groups < size) {
                    smallest = f;
                    size = groups;
                }
            }
        }
        assertTrue(smallest != null && size <= 40, "a small pool with both forms of a fact: " + size);
        String room = newRoom();
        String community = "guild-" + UUID.randomUUID();
        String player = newPlayer();
        start(room, "category", smallest.category().key(), "difficulty", smallest.difficulty().key(),
                "targetScore", 1000, "questionSeconds", 5, "community", community);
        Set<String> questions = new HashSet<>();
        for (int i = 0; i < size; i++) {
            Round r = next(room);
            assertTrue(questions.add(r.questionId()), "served twice: " + r.questionId());
            assertEquals(questions.size(), bank.groupsOf(questions).size(), "two questions of one group: " + questions);
            assertTrue(smallest.test(bank.find(r.questionId()).orElseThrow()));
            if (i == 0) {
                answer(room, r.id(), player, correct(bank, r));
                // a game counts on the boards only with two players who answered (review round 2, H2)
                answer(room, r.id(), newPlayer(), wrong(bank, r));
            }
            clock.advance(Duration.ofSeconds(6));
        }
        nextResponse(room).response().then().statusCode(200)
                .body("finished", equalTo(true)).body("endReason", equalTo("questions-exhausted"))
                .body("rounds", equalTo(size)).body("winners", contains(fullId(player)));
        nextResponse(room).response().then().spec(problem(409, "game-finished"));
        // narrowed by category and difficulty: the game counts on no board (attack review round 2, M2)
        standing(community, player).statusCode(404);
    }

    @Test
    void theGameEndsWhenARoundClosingByTimeLeavesSomeoneAtTheTarget() {
        String room = newRoom();
        String player = newPlayer();
        start(room, "targetScore", 1, "questionSeconds", 10);
        Round r1 = next(room);
        answer(room, r1.id(), player, correct(bank, r1));
        given().when().get(current(room)).then().body("finished", equalTo(false));
        clock.advance(Duration.ofSeconds(11));
        nextResponse(room).response().then().statusCode(200)
                .body("finished", equalTo(true)).body("endReason", equalTo("target-reached"))
                .body("winners", contains(fullId(player)))
                .body("finishedAt", equalTo(clock.now().minusMillis(500).toString()));
        answerResponse(room, r1.id(), newPlayer(), 0, null).response().then().spec(problem(409, "game-finished"));
        given().when().get(round(room, r1.id())).then().body("gameFinished", equalTo(true));
    }

    @Test
    void deleteEndsTheGameWithoutAWinnerAndTheScoresStillCount() {
        String room = newRoom();
        String community = "guild-" + UUID.randomUUID();
        String player = newPlayer();
        String first = start(room, "community", community);
        startResponse(room, RoomApi.body()).response().then().spec(problem(409, "game-in-progress"));
        Round r1 = next(room);
        answer(room, r1.id(), player, correct(bank, r1));
        answer(room, r1.id(), newPlayer(), wrong(bank, r1)); // two players who answered: the game counts (H2)

        given().when().delete(current(room)).then().statusCode(200)
                .body("finished", equalTo(true)).body("endReason", equalTo("ended")).body("winners", empty())
                .body("currentRound.open", equalTo(false)).body("players[0].score", equalTo(1));
        given().when().delete(current(room)).then().statusCode(200).body("endReason", equalTo("ended"));
        given().when().get(round(room, r1.id())).then().body("closed", equalTo(true))
                .body("closeReason", equalTo("game-ended"));
        nextResponse(room).response().then().spec(problem(409, "game-finished"));
        answerResponse(room, r1.id(), player, correct(bank, r1), null).response().then().statusCode(200);
        answerResponse(room, r1.id(), newPlayer(), 0, null).response().then().spec(problem(409, "game-finished"));
        standing(community, player).statusCode(200).body("standing.games", equalTo(1))
                .body("standing.wins", equalTo(0)).body("standing.score", equalTo(RoomApi.points(r1, 1000)));

        String second = start(room, "community", community);
        given().when().get(current(room)).then().body("gameId", equalTo(second)).body("number", equalTo(2))
                .body("finished", equalTo(false));
        given().when().get(games(room) + "/" + first).then().statusCode(200).body("finished", equalTo(true))
                .body("gameId", not(equalTo(second)));
        standing(community, player).body("standing.games", equalTo(1));
    }
}
