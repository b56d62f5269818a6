package io.cinequiz.room;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.cinequiz.room.RoomApi.answer;
import static io.cinequiz.room.RoomApi.answerResponse;
import static io.cinequiz.room.RoomApi.body;
import static io.cinequiz.room.RoomApi.correct;
import static io.cinequiz.room.RoomApi.current;
import static io.cinequiz.room.RoomApi.newPlayer;
import static io.cinequiz.room.RoomApi.newRoom;
import static io.cinequiz.room.RoomApi.next;
import static io.cinequiz.room.RoomApi.start;
import static io.cinequiz.room.RoomApi.startResponse;
import static io.cinequiz.room.RoomApi.wrong;
import static io.cinequiz.room.RoomApi.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.question.QuestionBank;
import io.cinequiz.room.RoomApi.Round;
import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One answer per player per round, however often a bot sends it; one unfinished game per room, however many start. */
@QuarkusTest
class RoomAnswerOnceTest {

    @Inject
    QuestionBank bank;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    @Test
    void sameAnswerTwiceGivesTheFirstResultAndScoresOnce() {
        String room = newRoom();
        String player = newPlayer();
        start(room, "questionSeconds", 10);
        Round r = next(room);
        clock.advance(Duration.ofSeconds(5)); // points against the sessions' 20 s: round(1000 x (1 - 0.25 / 2))
        Map<String, Object> first = answer(room, r.id(), player, correct(bank, r)).jsonPath().getMap("$");
        assertEquals(null, first.get("points"), "only acknowledged while the round is open (review round 2, L5)");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(first, answer(room, r.id(), player, correct(bank, r)).jsonPath().getMap("$"));
        clock.advance(Duration.ofSeconds(30)); // the round has closed: a retry gets the first answer's result, told
        Map<String, Object> after = answer(room, r.id(), player, correct(bank, r)).jsonPath().getMap("$");
        assertEquals(RoomApi.points(r, 875), after.get("points"));
        assertEquals(true, after.get("correct"));
        assertEquals(first.get("timeMs"), after.get("timeMs"));
        given().when().get(current(room)).then().body("players[0].score", equalTo(1))
                .body("players[0].points", equalTo(RoomApi.points(r, 875))).body("players[0].answered", equalTo(1));
    }

    @Test
    void sameRequestIdGivesTheFirstResultEvenWithAnotherChoice() {
        String room = newRoom();
        String player = newPlayer();
        start(room);
        Round r = next(room);
        Map<String, Object> first = answerResponse(room, r.id(), player, correct(bank, r), "req-1")
                .response().then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> retried = answerResponse(room, r.id(), player, wrong(bank, r), "req-1")
                .response().then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(first, retried);
        assertEquals(null, retried.get("correct")); // the round is open: only acknowledged (review round 2, L5)
        assertEquals(correct(bank, r), retried.get("choice"));
    }

    @Test
    void aDifferentAnswerToAnAnsweredRoundIsRefused() {
        String room = newRoom();
        String player = newPlayer();
        start(room);
        Round r = next(room);
        answer(room, r.id(), player, correct(bank, r));
        answerResponse(room, r.id(), player, wrong(bank, r), null).response().then()
                .spec(problem(409, "already-answered"))
                .body("detail", not(containsString("choice"))); // nothing names a choice while the round is open
        answerResponse(room, r.id(), player, correct(bank, r), "another-request").response().then()
                .spec(problem(409, "already-answered"));
        clock.advance(Duration.ofSeconds(60)); // the standings show closed rounds only: let this one close
        given().when().get(current(room)).then().body("players[0].score", equalTo(1))
                .body("players[0].points", equalTo(RoomApi.points(r, 1000))).body("players[0].answered", equalTo(1));
    }

    @Test
    void parallelSubmissionsOfOneAnswerScoreOnce() throws Exception {
        parallelSubmissionsScoreOnce("req-7");
        parallelSubmissionsScoreOnce(null);
    }

    private void parallelSubmissionsScoreOnce(String requestId) throws Exception {
        String room = newRoom();
        String player = newPlayer();
        start(room, "questionSeconds", 10);
        Round r = next(room);
        clock.advance(Duration.ofSeconds(4)); // round(1000 x (1 - 0.2 / 2)) = 900, against the sessions' 20 s
        int right = correct(bank, r);
        List<ExtractableResponse<Response>> responses = inParallel(16,
                i -> () -> answerResponse(room, r.id(), player, right, requestId));
        Set<Map<String, Object>> results = new HashSet<>();
        for (ExtractableResponse<Response> response : responses) {
            assertEquals(200, response.statusCode(), response.asString());
            results.add(response.jsonPath().getMap("$"));
        }
        assertEquals(1, results.size(), "every submission gets the same result: " + results);
        clock.advance(Duration.ofSeconds(60)); // the standings show closed rounds only: let this one close
        given().when().get(RoomApi.round(room, r.id())).then().body("answers[0].points", equalTo(RoomApi.points(r, 900)));
        given().when().get(current(room)).then().body("players.size()", equalTo(1))
                .body("players[0].score", equalTo(1)).body("players[0].points", equalTo(RoomApi.points(r, 900)))
                .body("players[0].answered", equalTo(1));
        given().when().get(RoomApi.round(room, r.id())).then().body("answers.size()", equalTo(1));
    }

    @Test
    void parallelCorrectAnswersOfManyPlayersFlagOneFirst() throws Exception {
        String room = newRoom();
        start(room);
        Round r = next(room);
        int right = correct(bank, r);
        List<String> players = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            players.add(newPlayer());
        }
        List<ExtractableResponse<Response>> responses = inParallel(players.size(),
                i -> () -> answerResponse(room, r.id(), players.get(i), right, null));
        for (ExtractableResponse<Response> response : responses) {
            assertEquals(200, response.statusCode(), response.asString());
        }
        clock.advance(Duration.ofSeconds(60)); // firstCorrect is told once the round is closed (review round 2, L5)
        given().when().get(RoomApi.round(room, r.id())).then()
                .body("answers.findAll { it.firstCorrect }.size()", equalTo(1));
        given().when().get(current(room)).then().body("players.size()", equalTo(8));
    }

    @Test
    void parallelStartsInOneRoomMakeOneGame() throws Exception {
        String room = newRoom();
        List<ExtractableResponse<Response>> responses = inParallel(8, i -> () -> startResponse(room, body()));
        Map<Integer, Integer> statuses = new HashMap<>();
        for (ExtractableResponse<Response> response : responses) {
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 409) {
                response.response().then().spec(problem(409, "game-in-progress"));
            }
        }
        assertEquals(Map.of(201, 1, 409, 7), statuses);
        given().when().get(current(room)).then().body("number", equalTo(1));
    }

    interface Task {
        Callable<ExtractableResponse<Response>> of(int i);
    }

    private static List<ExtractableResponse<Response>> inParallel(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<ExtractableResponse<Response>> call = task.of(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            go.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
