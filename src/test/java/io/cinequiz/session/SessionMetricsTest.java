package io.cinequiz.session;

import static io.cinequiz.session.SessionApi.answer;
import static io.cinequiz.session.SessionApi.correctChoice;
import static io.cinequiz.session.SessionApi.create;
import static io.cinequiz.session.SessionApi.newPlayer;
import static io.cinequiz.session.SessionApi.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.platform.PrometheusText;
import io.cinequiz.question.QuestionBank;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A played session shows in the domain metrics that Prometheus scrapes at /q/metrics. */
@QuarkusTest
class SessionMetricsTest {

    @Inject
    QuestionBank bank;

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    @Test
    void aPlayedSessionCountsItsQuestionsOutcomesAndEnd() {
        Map<String, Supplier<Double>> meters = Map.of(
                "started", () -> PrometheusText.value("cinequiz_sessions_started_total"),
                "finished", () -> PrometheusText.value("cinequiz_sessions_finished_total"),
                "served", () -> PrometheusText.value("cinequiz_questions_served_total", "api", "sessions"),
                "correct", () -> PrometheusText.value("cinequiz_answers_total", "outcome", "correct"),
                "wrong", () -> PrometheusText.value("cinequiz_answers_total", "outcome", "wrong"),
                "timeout", () -> PrometheusText.value("cinequiz_answers_total", "outcome", "timeout"),
                "timed", () -> PrometheusText.value("cinequiz_answers_duration_seconds_count"));
        Map<String, Double> before = snapshot(meters);

        SessionApi.Session session = create(newPlayer(), 3);
        SessionApi.Served first = next(session);
        answer(session, first.questionId(), correctChoice(session, first.questionId()));
        next(session); // served again: still one question served
        SessionApi.Served second = next(session);
        answer(session, second.questionId(), (correctChoice(session, second.questionId()) + 1) % second.optionCount());
        SessionApi.Served third = next(session);
        clock.advance(Duration.ofMinutes(1)); // past the 20 s limit and the grace period
        answer(session, third.questionId(), correctChoice(session, third.questionId()));

        Map<String, Double> after = snapshot(meters);
        assertEquals(1, after.get("started") - before.get("started"), "sessions started");
        assertEquals(1, after.get("finished") - before.get("finished"), "sessions finished");
        assertEquals(3, after.get("served") - before.get("served"), "questions served");
        assertEquals(1, after.get("correct") - before.get("correct"), "correct answers");
        assertEquals(1, after.get("wrong") - before.get("wrong"), "wrong answers");
        assertEquals(1, after.get("timeout") - before.get("timeout"), "timed-out answers");
        assertEquals(3, after.get("timed") - before.get("timed"), "answers timed");
    }

    @Test
    void finishingEarlyCountsTheSessionOnceAndTheCurrentQuestionAsTimedOut() {
        double finished = PrometheusText.value("cinequiz_sessions_finished_total");
        double timeouts = PrometheusText.value("cinequiz_answers_total", "outcome", "timeout");
        SessionApi.Session session = create(newPlayer(), 3);
        next(session);

        session.authorized().when().post(SessionApi.SESSIONS + "/" + session.id() + "/finish").then().statusCode(200);
        session.authorized().when().post(SessionApi.SESSIONS + "/" + session.id() + "/finish").then().statusCode(200);

        assertEquals(1, PrometheusText.value("cinequiz_sessions_finished_total") - finished);
        assertEquals(1, PrometheusText.value("cinequiz_answers_total", "outcome", "timeout") - timeouts);
    }

    @Test
    void rejectedAnswersAreTimedButNotCounted() {
        double timed = PrometheusText.value("cinequiz_answers_duration_seconds_count");
        double wrong = PrometheusText.value("cinequiz_answers_total", "outcome", "wrong");
        SessionApi.Session session = create(newPlayer(), 2);
        SessionApi.Served first = next(session);

        SessionApi.answerResponse(session, first.questionId(), 99, null); // out of range: 400

        assertEquals(1, PrometheusText.value("cinequiz_answers_duration_seconds_count") - timed);
        assertEquals(0, PrometheusText.value("cinequiz_answers_total", "outcome", "wrong") - wrong);
        assertTrue(PrometheusText.value("cinequiz_answers_duration_seconds_bucket", "le", "+Inf") > 0);
    }


    private static Map<String, Double> snapshot(Map<String, Supplier<Double>> meters) {
        Map<String, Double> values = new HashMap<>();
        meters.forEach((name, meter) -> values.put(name, meter.get()));
        return values;
    }
}
