package io.cinequiz.session;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.cinequiz.session.SessionApi.SESSIONS;
import static io.cinequiz.session.SessionApi.answer;
import static io.cinequiz.session.SessionApi.correctChoice;
import static io.cinequiz.session.SessionApi.answerResponse;
import static io.cinequiz.session.SessionApi.body;
import static io.cinequiz.session.SessionApi.create;
import static io.cinequiz.session.SessionApi.createFourOption;
import static io.cinequiz.session.SessionApi.newPlayer;
import static io.cinequiz.session.SessionApi.next;
import static io.cinequiz.session.SessionApi.post;
import static io.cinequiz.session.SessionApi.summary;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.session.SessionApi.Served;
import io.cinequiz.session.SessionApi.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each answer is scored once, however often it is sent; and no question is served twice until the pool runs out. */
@QuarkusTest
class SessionAnswerOnceTest {

    @Inject
    QuestionBank bank;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }


    @Test
    void sameAnswerTwiceGivesTheFirstResultAndScoresOnce() {
        Session session = createFourOption(newPlayer(), 2);
        Served q = next(session);
        clock.advanceMillis(10_000);
        Map<String, Object> first = answer(session, q.questionId(), correctChoice(session, q.questionId())).jsonPath().getMap("$");
        assertEquals(750, first.get("points"));

        clock.advanceMillis(5_000);
        Map<String, Object> again = answer(session, q.questionId(), correctChoice(session, q.questionId())).jsonPath().getMap("$");
        assertEquals(first, again);
        summary(session).response().then().body("score", equalTo(750)).body("answered", equalTo(1))
                .body("correctCount", equalTo(1)).body("streak", equalTo(1));
    }

    @Test
    void sameRequestIdGivesTheFirstResultEvenWithAnotherChoice() {
        Session session = createFourOption(newPlayer(), 2);
        Served q = next(session);
        int right = correctChoice(session, q.questionId());
        Map<String, Object> first = answerResponse(session, q.questionId(), right, "req-1")
                .response().then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> retried = answerResponse(session, q.questionId(), (right + 1) % q.optionCount(), "req-1")
                .response().then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(first, retried);
        assertEquals(true, retried.get("correct"));
        summary(session).response().then().body("score", equalTo(1000)).body("results[0].choice", equalTo(right));
    }

    @Test
    void differentAnswerToAnAnsweredQuestionIsRefused() {
        Session session = createFourOption(newPlayer(), 2);
        Served q = next(session);
        int right = correctChoice(session, q.questionId());
        answer(session, q.questionId(), right);
        answerResponse(session, q.questionId(), (right + 1) % q.optionCount(), null)
                .response().then().spec(problem(409, "already-answered"))
                .body("detail", containsString("choice " + right));
        answerResponse(session, q.questionId(), right, "another-request")
                .response().then().spec(problem(409, "already-answered"));
        summary(session).response().then().body("score", equalTo(1000)).body("results[0].choice", equalTo(right));
    }

    @Test
    void answeringTheLastQuestionAgainAfterTheSessionFinishedGivesTheFirstResult() {
        Session session = createFourOption(newPlayer(), 1);
        Served q = next(session);
        Map<String, Object> first = answer(session, q.questionId(), correctChoice(session, q.questionId())).jsonPath().getMap("$");
        assertEquals(true, first.get("finished"));
        assertEquals(first, answer(session, q.questionId(), correctChoice(session, q.questionId())).jsonPath().getMap("$"));
    }

    @Test
    void parallelSubmissionsOfOneAnswerScoreOnce() throws Exception {
        Session session = createFourOption(newPlayer(), 2);
        Served q = next(session);
        clock.advanceMillis(2_000); // round(1000 x (1 - 0.1 / 2)) = 950
        int right = correctChoice(session, q.questionId());
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return answerResponse(session, q.questionId(), right, null);
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            go.countDown();
            Set<Integer> points = new HashSet<>();
            Set<Integer> totals = new HashSet<>();
            for (Future<ExtractableResponse<Response>> f : futures) {
                ExtractableResponse<Response> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.asString());
                points.add(r.path("points"));
                totals.add(r.path("totalScore"));
            }
            assertEquals(Set.of(950), points);
            assertEquals(Set.of(950), totals);
        } finally {
            pool.shutdownNow();
        }
        summary(session).response().then().body("score", equalTo(950)).body("answered", equalTo(1))
                .body("correctCount", equalTo(1)).body("streak", equalTo(1));
        assertEquals(1, (int) next(session).index());
    }

    @Test
    void noQuestionIsServedTwiceUntilThePoolIsExhausted() {
        String player = newPlayer();
        Map<String, Object> narrow = body(player, "category", "crew", "type", "boolean", "amount", 50);
        Set<String> seen = new HashSet<>();
        int served = 0;
        ExtractableResponse<Response> created;
        for (int sessions = 0; (created = post(narrow)).statusCode() == 201; sessions++) {
            assertTrue(sessions < 20, "the pool never ran out");
            Session session = new Session(created.path("sessionId"), created.path("token"));
            List<String> ids = SessionApi.bankIds(session);
            for (String id : ids) {
                assertTrue(seen.add(id), "served twice: " + id);
                assertEquals("crew", bank.find(id).orElseThrow().category().key());
            }
            served += ids.size();
        }
        assertTrue(served > 0);
        // One form of each fact is served (the other would be a giveaway): the pool is its facts.
        int poolSize = served;
        assertEquals(QuestionBank.groups(bank.matching(q -> q.category().key().equals("crew") && q.type().key().equals("boolean"))),
                poolSize);
        created.response().then().spec(problem(409, "pool-exhausted"))
                .body("detail", containsString("All " + poolSize + " facts"));
        // another filter still has questions for this player
        post(body(player, "category", "cast", "amount", 1)).response().then().statusCode(201);

        SessionApi.bot().given().when().delete("/api/v1/players/" + player + "/history").then().statusCode(204);
        post(narrow).response().then().statusCode(201).body("total", equalTo(Math.min(poolSize, 50)));
    }

    @Test
    void aSessionNeverServesTheTwoFormsOfOneFact() {
        List<Question> pool = bank.matching(q -> q.filmId().equals(SessionApi.FILM) && q.category().key().equals("crew"));
        int groups = QuestionBank.groups(pool);
        assertTrue(groups < pool.size(), "crew questions ask some fact in both forms");
        Session session = create(body(newPlayer(), "category", "crew", "amount", 50));
        List<String> ids = SessionApi.bankIds(session);
        assertEquals(groups, ids.size(), "one question of each fact (or tied facts)");
        assertEquals(ids.size(), bank.groupsOf(ids).size(), "two questions of one group: " + ids);
    }

    @Test
    void questionsNeverShownGoBackToThePoolWhenASessionEndsEarly() {
        String player = newPlayer();
        Map<String, Object> narrow = body(player, "category", "crew", "type", "boolean", "amount", 50);
        Session first = create(narrow);
        List<String> reserved = SessionApi.bankIds(first);
        assertTrue(reserved.size() >= 3, "the filter should match a few questions");
        Served served = next(first);
        String shown = SessionApi.bankId(first, served.questionId());
        post(narrow).response().then().spec(problem(409, "pool-exhausted"));

        first.authorized().when().post(SESSIONS + "/" + first.id() + "/finish").then().statusCode(200);

        Session second = create(narrow);
        List<String> again = SessionApi.bankIds(second);
        assertEquals(reserved.size() - 1, again.size());
        assertTrue(!again.contains(shown), "the question shown must not come back");
        assertTrue(!bank.groupsOf(again).contains(bank.find(shown).orElseThrow().group()),
                "nor the other form of its fact");
        // The same facts come back (one question each: where a group holds two, either may be drawn).
        assertEquals(bank.groupsOf(reserved), bank.groupsOf(union(again, shown)));
    }

    private static Set<String> union(List<String> ids, String id) {
        Set<String> all = new HashSet<>(ids);
        all.add(id);
        return all;
    }

    @Test
    void historyOfAnotherPlayerIsUntouched() {
        String player = newPlayer();
        SessionApi.bot().given().when().delete("/api/v1/players/" + newPlayer() + "/history").then().statusCode(204);
        Map<String, Object> narrow = body(player, "category", "crew", "type", "boolean", "amount", 50);
        while (post(narrow).statusCode() == 201) {
            // exhaust the pool
        }
        SessionApi.bot().given().when().delete("/api/v1/players/" + newPlayer() + "/history").then().statusCode(204);
        post(narrow).response().then().spec(problem(409, "pool-exhausted"));
    }
}
