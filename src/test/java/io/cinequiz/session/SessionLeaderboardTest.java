package io.cinequiz.session;

import static io.cinequiz.session.SessionApi.SESSIONS;
import static io.cinequiz.session.SessionApi.answer;
import static io.cinequiz.session.SessionApi.correctChoice;
import static io.cinequiz.session.SessionApi.answerResponse;
import static io.cinequiz.session.SessionApi.body;
import static io.cinequiz.session.SessionApi.create;
import static io.cinequiz.session.SessionApi.newPlayer;
import static io.cinequiz.session.SessionApi.next;
import static io.cinequiz.session.SessionApi.summary;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.question.QuestionBank;
import io.cinequiz.session.SessionApi.Served;
import io.cinequiz.session.SessionApi.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session counts on the leaderboards in the transaction that finishes it, however it finishes (last answer, timeout,
 * finish, expiry), exactly once, and only if the player was served a question.
 */
@QuarkusTest
class SessionLeaderboardTest {

    @Inject
    QuestionBank bank;

    @Inject
    SessionExpiry expiry;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }


    private static String newCommunity() {
        return "guild-" + UUID.randomUUID();
    }

    private static ValidatableResponse standing(String community, String player) {
        return SessionApi.bot().given().queryParam("scope", "community").queryParam("community", community)
                .when().get("/api/v1/leaderboards/players/" + player).then();
    }

    @Test
    void completedSessionCountsOnEveryBoardOfItsPlayer() {
        String player = newPlayer();
        String community = newCommunity();
        Session session = create(body(player, "type", "multiple", "amount", 2, "community", community, "displayName", "Krank"));
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        Served q2 = next(session);
        clock.advanceMillis(10_000);
        answer(session, q2.questionId(), (correctChoice(session, q2.questionId()) + 1) % q2.optionCount());

        standing(community, player).statusCode(200)
                .body("rank", equalTo(1)).body("totalPlayers", equalTo(1))
                .body("standing.displayName", equalTo("Krank")).body("standing.score", equalTo(1000))
                .body("standing.games", equalTo(1)).body("standing.correct", equalTo(1))
                .body("standing.answered", equalTo(2)).body("standing.accuracy", equalTo(0.5f))
                .body("standing.bestGame", equalTo(1000))
                .body("standing.lastPlayed", equalTo(clock.now().toString()));
        for (String window : List.of("all", "month", "week", "day")) {
            SessionApi.bot().given().queryParam("window", window).when().get("/api/v1/leaderboards/players/" + player)
                    .then().statusCode(200).body("standing.score", equalTo(1000));
            SessionApi.bot().given().queryParam("scope", "film").queryParam("film", SessionApi.FILM).queryParam("window", window)
                    .when().get("/api/v1/leaderboards/players/" + player)
                    .then().statusCode(200).body("standing.games", equalTo(1));
        }
    }

    /**
     * Attack review round 2, M2: an easy-only player scored about 1.9 times a hard-only one on the same boards. A
     * session narrowed by difficulty or category is played and scored as ever but counts on no board; one narrowed by
     * film or form only counts.
     */
    @Test
    void sessionsNarrowedByDifficultyOrCategoryCountOnNoBoard() {
        for (Object[] narrow : List.of(new Object[] {"difficulty", "easy"}, new Object[] {"category", "story"})) {
            String player = newPlayer();
            String community = newCommunity();
            ExtractableResponse<Response> created = SessionApi.post(body(player, narrow[0], narrow[1], "amount", 1,
                    "community", community));
            created.response().then().statusCode(201).body("ranked", equalTo(false));
            String other = newPlayer();
            Session session = create(body(other, narrow[0], narrow[1], "amount", 1, "community", community));
            Served q = next(session);
            answer(session, q.questionId(), correctChoice(session, q.questionId())).response().then()
                    .body("correct", equalTo(true)); // scored as ever
            summary(session).response().then().body("finished", equalTo(true));
            standing(community, other).statusCode(404);
            SessionApi.bot().given().when().get("/api/v1/leaderboards/players/" + SessionApi.fullId(other)).then()
                    .statusCode(404);
        }
        String player = newPlayer();
        String community = newCommunity();
        SessionApi.post(body(player, "type", "boolean", "amount", 1, "community", community)).response().then()
                .statusCode(201).body("ranked", equalTo(true));
    }

    @Test
    void sessionEndedByATimeoutCountsWhenTheLastQuestionTimesOut() {
        String player = newPlayer();
        String community = newCommunity();
        Session session = create(body(player, "type", "multiple", "amount", 1, "community", community));
        next(session);
        clock.advanceMillis(21_000);
        SessionApi.nextResponse(session).response().then().statusCode(409); // times it out: the session is over
        summary(session).response().then().body("finished", equalTo(true));
        standing(community, player).statusCode(200).body("standing.games", equalTo(1))
                .body("standing.score", equalTo(0)).body("standing.answered", equalTo(1));
    }

    @Test
    void finishingEarlyCountsOnlyTheQuestionsServed() {
        String player = newPlayer();
        String community = newCommunity();
        Session session = create(body(player, "type", "multiple", "amount", 5, "community", community));
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        next(session);
        session.authorized().post(SESSIONS + "/" + session.id() + "/finish").then().statusCode(200);
        session.authorized().post(SESSIONS + "/" + session.id() + "/finish").then().statusCode(200);

        standing(community, player).statusCode(200).body("standing.games", equalTo(1))
                .body("standing.score", equalTo(1000)).body("standing.correct", equalTo(1))
                .body("standing.answered", equalTo(2)).body("standing.accuracy", equalTo(0.5f));
    }

    @Test
    void sessionFinishedBeforeAnyQuestionWasServedCountsNowhere() {
        String player = newPlayer();
        String community = newCommunity();
        Session session = create(body(player, "amount", 3, "community", community));
        session.authorized().post(SESSIONS + "/" + session.id() + "/finish").then().statusCode(200)
                .body("finished", equalTo(true));
        standing(community, player).statusCode(404);
        SessionApi.bot().given().when().get("/api/v1/leaderboards/players/" + player).then().statusCode(404);
    }

    @Test
    void expiredSessionCountsItsServedQuestionsAndAnUntouchedOneCountsNowhere() {
        String community = newCommunity();
        String played = newPlayer();
        Session session = create(body(played, "type", "multiple", "amount", 3, "community", community));
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        next(session);
        String untouched = newPlayer();
        create(body(untouched, "amount", 3, "community", community));

        clock.advance(Duration.ofHours(7));
        assertTrue(expiry.expireIdle() >= 2);

        standing(community, played).statusCode(200).body("standing.games", equalTo(1))
                .body("standing.score", equalTo(1000)).body("standing.answered", equalTo(2))
                .body("standing.lastPlayed", equalTo(clock.now().toString()));
        standing(community, untouched).statusCode(404);
        expiry.expireIdle();
        standing(community, played).body("standing.games", equalTo(1));
    }

    @Test
    void parallelFinishingAndAnsweringCountsTheGameOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String player = newPlayer();
            String community = newCommunity();
            Session session = create(body(player, "type", "multiple", "amount", 2, "community", community));
            Served q1 = next(session);
            answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
            Served q2 = next(session);
            int right = correctChoice(session, q2.questionId());
            int threads = 16;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch ready = new CountDownLatch(threads);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    boolean finish = i % 2 == 0;
                    statuses.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return finish
                                ? session.authorized().post(SESSIONS + "/" + session.id() + "/finish").statusCode()
                                : answerResponse(session, q2.questionId(), right, null).statusCode();
                    }));
                }
                assertTrue(ready.await(10, TimeUnit.SECONDS));
                go.countDown();
                for (Future<Integer> status : statuses) {
                    int code = status.get(60, TimeUnit.SECONDS);
                    assertTrue(code == 200 || code == 409, "status " + code); // 409: finished before the answer
                }
            } finally {
                pool.shutdownNow();
            }
            int score = summary(session).path("score");
            standing(community, player).statusCode(200).body("standing.games", equalTo(1))
                    .body("standing.score", equalTo(score)).body("totalPlayers", equalTo(1));
            SessionApi.bot().given().when().get("/api/v1/leaderboards/players/" + player).then()
                    .body("standing.games", equalTo(1)).body("standing.score", equalTo(score));
            assertTrue(score >= 1000, "the first answer was right: " + score);
        }
    }
}
