package io.cinequiz.session;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.cinequiz.session.SessionApi.FILM;
import static io.cinequiz.session.SessionApi.SESSIONS;
import static io.cinequiz.session.SessionApi.answer;
import static io.cinequiz.session.SessionApi.answerResponse;
import static io.cinequiz.session.SessionApi.body;
import static io.cinequiz.session.SessionApi.correctChoice;
import static io.cinequiz.session.SessionApi.create;
import static io.cinequiz.session.SessionApi.createFourOption;
import static io.cinequiz.session.SessionApi.fullId;
import static io.cinequiz.session.SessionApi.newPlayer;
import static io.cinequiz.session.SessionApi.next;
import static io.cinequiz.session.SessionApi.summary;
import static io.cinequiz.session.SessionApi.wrongChoice;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.question.QuestionBank;
import io.cinequiz.session.SessionApi.Served;
import io.cinequiz.session.SessionApi.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Playing a session against a fake clock: serving questions, scoring by speed and streak, timing out, finishing
 * and expiring. The clock only moves when a test moves it, so every number of points is exact.
 */
@QuarkusTest
class SessionResourceTest {

    private static final Set<String> QUESTION_KEYS = Set.of("id", "film", "category", "difficulty", "type", "question",
            "options");

    @Inject
    QuestionBank bank;

    @Inject
    SessionExpiry expiry;

    @Inject
    SessionService service;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }


    @Test
    void creatingASessionGivesItsLocationTokenAndSettings() {
        String player = newPlayer();
        ExtractableResponse<Response> created = SessionApi.bot().given().contentType("application/json")
                .body(body(player, "displayName", "Miette", "amount", 3, "community", "guild-1"))
                .when().post(SESSIONS)
                .then().statusCode(201).contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("playerId", equalTo(fullId(player)))
                .body("displayName", equalTo("Miette"))
                .body("film", equalTo(FILM))
                .body("total", equalTo(3))
                .body("timeLimitSeconds", equalTo(20))
                .body("token", startsWith("st_"))
                .extract();
        String id = created.path("sessionId");
        assertEquals(SESSIONS + "/" + id, created.header("Location"), "a path, never built from the request Host");

        Session session = new Session(id, created.path("token"));
        summary(session).response().then()
                .body("sessionId", equalTo(id))
                .body("community", equalTo(SessionApi.bot().id() + ":guild-1"))
                .body("total", equalTo(3))
                .body("answered", equalTo(0))
                .body("score", equalTo(0))
                .body("finished", equalTo(false))
                .body("results", hasSize(0));
    }

    @Test
    void defaultsAreTenQuestionsOfTwentySeconds() {
        SessionApi.bot().given().contentType("application/json").body(body(newPlayer()))
                .when().post(SESSIONS)
                .then().statusCode(201)
                .body("total", equalTo(10))
                .body("timeLimitSeconds", equalTo(20));
    }

    @Test
    void displayNameIsTrimmed() {
        Session session = create(body(newPlayer(), "displayName", "  Krank the Inventor  ", "amount", 1));
        summary(session).response().then().body("displayName", equalTo("Krank the Inventor"));
    }

    @Test
    void wholeGameScoresEachAnswerAndEndsFinished() {
        Session session = createFourOption(newPlayer(), 3);
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            ExtractableResponse<Response> next = session.authorized().when().get(SESSIONS + "/" + session.id() + "/next")
                    .then().statusCode(200).contentType("application/json")
                    .body("sessionId", equalTo(session.id()))
                    .body("index", equalTo(i))
                    .body("total", equalTo(3))
                    .body("question.film", equalTo(FILM))
                    .body("remainingMs", equalTo(20_000))
                    .body("deadline", equalTo(clock.now().plusSeconds(20).toString()))
                    .extract();
            Map<String, Object> question = next.path("question");
            assertEquals(QUESTION_KEYS, question.keySet(), "no answer leaks: " + question);
            Served q = new Served(i, next.path("question.id"), ((List<?>) question.get("options")).size());
            boolean right = i % 2 == 0;
            int choice = right ? correctChoice(session, q.questionId()) : wrongChoice(session, q);
            String bankId = SessionApi.bankId(session, q.questionId());
            assertNotEquals(bankId, q.questionId(), "served with an id of this session only");
            ExtractableResponse<Response> result = answer(session, q.questionId(), choice);
            int points = result.path("points");
            sum += points;
            result.response().then()
                    .body("correct", equalTo(right))
                    .body("timedOut", equalTo(false))
                    .body("correctChoice", equalTo(correctChoice(session, q.questionId())))
                    .body("bankQuestionId", equalTo(bankId))
                    .body("correctAnswer", equalTo(bank.find(bankId).orElseThrow().correctAnswer()))
                    .body("points", equalTo(right ? 1000 : 0))
                    .body("streak", equalTo(right ? 1 : 0))
                    .body("totalScore", equalTo(sum))
                    .body("finished", equalTo(i == 2))
                    .body("explanation", not(emptyOrNullString()));
        }
        assertEquals(2000, sum);

        summary(session).response().then()
                .body("score", equalTo(sum))
                .body("answered", equalTo(3))
                .body("correctCount", equalTo(2))
                .body("finished", equalTo(true))
                .body("results.index", equalTo(List.of(0, 1, 2)))
                .body("results.correct", equalTo(List.of(true, false, true)))
                .body("results.points", equalTo(List.of(1000, 0, 1000)))
                .body("results.timedOut", everyItem(equalTo(false)))
                .body("results.timeTakenMs", everyItem(equalTo(0)));

        session.authorized().when().get(SESSIONS + "/" + session.id() + "/next")
                .then().spec(problem(409, "session-finished"));
    }

    @ParameterizedTest(name = "answered after {0} ms: {1} points, timed out {2}")
    @CsvSource({
        "0, 1000, false",
        "10000, 750, false",
        "20000, 500, false",
        "20400, 500, false",
        "20500, 500, false",
        "20600, 0, true",
    })
    void correctAnswerEarnsPointsBySpeed(long elapsedMs, int points, boolean timedOut) {
        Session session = createFourOption(newPlayer(), 1);
        Served q = next(session);
        clock.advanceMillis(elapsedMs);
        answer(session, q.questionId(), correctChoice(session, q.questionId())).response().then()
                .body("correct", equalTo(!timedOut))
                .body("timedOut", equalTo(timedOut))
                .body("points", equalTo(points))
                .body("totalScore", equalTo(points))
                .body("finished", equalTo(true));
        summary(session).response().then()
                .body("score", equalTo(points))
                .body("results[0].timedOut", equalTo(timedOut))
                .body("results[0].timeTakenMs", equalTo((int) elapsedMs));
    }

    @Test
    void consecutiveCorrectAnswersEarnAStreakBonusCappedAtFiveHundred() {
        Session session = createFourOption(newPlayer(), 7);
        int[] expected = { 1000, 1100, 1200, 1300, 1400, 1500, 1500 };
        int total = 0;
        for (int i = 0; i < expected.length; i++) {
            Served q = next(session);
            total += expected[i];
            answer(session, q.questionId(), correctChoice(session, q.questionId())).response().then()
                    .body("points", equalTo(expected[i]))
                    .body("streak", equalTo(i + 1))
                    .body("totalScore", equalTo(total));
        }
        summary(session).response().then().body("score", equalTo(9000)).body("streak", equalTo(7));
    }

    @Test
    void wrongAnswerResetsTheStreak() {
        Session session = createFourOption(newPlayer(), 3);
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        Served q2 = next(session);
        answer(session, q2.questionId(), wrongChoice(session, q2)).response().then().body("streak", equalTo(0)).body("points", equalTo(0));
        Served q3 = next(session);
        answer(session, q3.questionId(), correctChoice(session, q3.questionId())).response().then()
                .body("streak", equalTo(1)).body("points", equalTo(1000)).body("totalScore", equalTo(2000));
    }

    @Test
    void nextAgainGivesTheSameQuestionWithLessTimeLeft() {
        Session session = createFourOption(newPlayer(), 2);
        Instant deadline = clock.now().plusSeconds(20);
        String path = SESSIONS + "/" + session.id() + "/next";
        String id = session.authorized().get(path).then().statusCode(200)
                .body("index", equalTo(0)).body("remainingMs", equalTo(20_000))
                .extract().path("question.id");

        clock.advanceMillis(3_000);
        session.authorized().get(path).then().statusCode(200)
                .body("index", equalTo(0)).body("question.id", equalTo(id))
                .body("deadline", equalTo(deadline.toString())).body("remainingMs", equalTo(17_000));

        clock.advanceMillis(17_300); // past the deadline, inside the grace period: still the same question
        session.authorized().get(path).then().statusCode(200)
                .body("index", equalTo(0)).body("question.id", equalTo(id)).body("remainingMs", equalTo(0));
    }

    @Test
    void unansweredQuestionTimesOutWhenTheNextIsRequested() {
        Session session = createFourOption(newPlayer(), 2);
        Served first = next(session);
        clock.advanceMillis(20_600);

        Served second = next(session);
        assertEquals(1, second.index());
        assertNotEquals(first.questionId(), second.questionId());
        ExtractableResponse<Response> summary = summary(session);
        summary.response().then()
                .body("answered", equalTo(1))
                .body("score", equalTo(0))
                .body("streak", equalTo(0))
                .body("finished", equalTo(false))
                .body("results[0].timedOut", equalTo(true))
                .body("results[0].correct", equalTo(false))
                .body("results[0].points", equalTo(0))
                .body("results[0].correctChoice", equalTo(correctChoice(session, first.questionId())));
        assertNull(summary.path("results[0].choice"));

        // the timed-out question cannot be answered any more
        answerResponse(session, first.questionId(), correctChoice(session, first.questionId()), null)
                .response().then().spec(problem(409, "already-answered"));
    }

    @Test
    void lastQuestionTimingOutWhenNextIsRequestedEndsTheSession() {
        Session session = createFourOption(newPlayer(), 1);
        next(session);
        clock.advanceMillis(20_600);
        session.authorized().get(SESSIONS + "/" + session.id() + "/next").then().spec(problem(409, "session-finished"));
        summary(session).response().then()
                .body("finished", equalTo(true))
                .body("answered", equalTo(1))
                .body("results[0].timedOut", equalTo(true));
    }

    @Test
    void timeoutBreaksTheStreak() {
        Session session = createFourOption(newPlayer(), 3);
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        next(session);
        clock.advanceMillis(21_000);
        Served q3 = next(session);
        answer(session, q3.questionId(), correctChoice(session, q3.questionId())).response().then()
                .body("streak", equalTo(1)).body("points", equalTo(1000)).body("totalScore", equalTo(2000));
    }

    @Test
    void finishingEarlyLeavesTheRemainingQuestionsUnanswered() {
        Session session = createFourOption(newPlayer(), 3);
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        Served q2 = next(session); // served, not answered: finishing times it out

        ExtractableResponse<Response> finished = session.authorized().when().post(SESSIONS + "/" + session.id() + "/finish")
                .then().statusCode(200)
                .body("finished", equalTo(true))
                .body("score", equalTo(1000))
                .body("answered", equalTo(2))
                .body("results[1].timedOut", equalTo(true))
                .body("results[1].points", equalTo(0))
                .extract();
        finished.response().then().body("results", hasSize(2)); // the third was never served: not listed

        answerResponse(session, q1.questionId(), correctChoice(session, q1.questionId()), null).response().then()
                .statusCode(200).body("points", equalTo(1000)); // a retry of the first answer: the same result
        answerResponse(session, "never-served", 0, null).response().then().spec(problem(409, "not-current"));
        answerResponse(session, q2.questionId(), 0, null).response().then().spec(problem(409, "already-answered"));

        // finishing again changes nothing
        session.authorized().post(SESSIONS + "/" + session.id() + "/finish").then().statusCode(200)
                .body("finished", equalTo(true)).body("score", equalTo(1000)).body("answered", equalTo(2));
    }

    @Test
    void nextAfterFinishingEarlyIsRefused() {
        Session session = createFourOption(newPlayer(), 3);
        Served q1 = next(session);
        answer(session, q1.questionId(), correctChoice(session, q1.questionId()));
        next(session);
        session.authorized().post(SESSIONS + "/" + session.id() + "/finish").then().statusCode(200)
                .body("finished", equalTo(true));

        session.authorized().get(SESSIONS + "/" + session.id() + "/next").then().spec(problem(409, "session-finished"));

        Session untouched = createFourOption(newPlayer(), 2); // finished before any question was served
        untouched.authorized().post(SESSIONS + "/" + untouched.id() + "/finish").then().statusCode(200)
                .body("finished", equalTo(true)).body("answered", equalTo(0));
        untouched.authorized().get(SESSIONS + "/" + untouched.id() + "/next").then().spec(problem(409, "session-finished"));
    }

    @Test
    void idleSessionExpiresWithItsUnansweredQuestionsTimedOut() {
        Session idle = createFourOption(newPlayer(), 3);
        Served q1 = next(idle);
        answer(idle, q1.questionId(), correctChoice(idle, q1.questionId()));
        next(idle);

        clock.advance(Duration.ofHours(7));
        Session fresh = createFourOption(newPlayer(), 1);
        assertTrue(expiry.expireIdle() >= 1);

        ExtractableResponse<Response> summary = summary(idle);
        summary.response().then()
                .body("finished", equalTo(true))
                .body("answered", equalTo(3))
                .body("score", equalTo(1000))
                .body("streak", equalTo(0))
                .body("results.timedOut", equalTo(List.of(false, true)))
                .body("results.points", equalTo(List.of(1000, 0)));
        idle.authorized().get(SESSIONS + "/" + idle.id() + "/next").then().spec(problem(409, "session-finished"));

        summary(fresh).response().then().body("finished", equalTo(false));
    }

    @Test
    void recentlyActiveSessionDoesNotExpire() {
        Session session = createFourOption(newPlayer(), 2);
        next(session);
        clock.advance(Duration.ofHours(5));
        next(session); // times the first question out, serves the second: the session is active again
        clock.advance(Duration.ofHours(5));
        expiry.expireIdle();
        summary(session).response().then().body("finished", equalTo(false)).body("answered", equalTo(1));
    }

    @Test
    void sessionUsedAfterItWasFoundIdleIsNotExpired() {
        Session session = createFourOption(newPlayer(), 2);
        next(session);
        clock.advance(Duration.ofHours(7));
        assertTrue(service.idleSessionIds(SessionExpiry.BATCH).contains(session.id()));

        next(session); // the player comes back between the listing and the expiry (on any replica)
        assertFalse(service.expire(session.id()));
        summary(session).response().then().body("finished", equalTo(false)).body("answered", equalTo(1));
    }
}
