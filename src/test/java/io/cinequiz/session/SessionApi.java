package io.cinequiz.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.cinequiz.question.OptionOrder;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.security.TestClients;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calls of the session API shared by the session tests; each test makes its own player and sessions. Sessions are
 * created by one API client with the play scope ({@link #bot()}), for its players named by local ids.
 */
final class SessionApi {

    static final String SESSIONS = "/api/v1/sessions";
    static final String FILM = "city-of-lost-children";

    private SessionApi() {
    }

    /** The API client (scope play) the session tests play through. */
    static TestClients.Client bot() {
        return TestClients.shared("play");
    }

    /** The full id of the bot's player {@code localId}, as the API shows it. */
    static String fullId(String localId) {
        return bot().player(localId);
    }

    /**
     * The correct choice of a question served in a session, as the session shows its options: read from the database
     * (the API reveals it only with the answer).
     */
    static int correctChoice(Session s, String playId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SessionQuestion sq = Arc.container().instance(SessionQuestionRepository.class).get()
                    .played(s.id(), playId).orElseThrow();
            Question q = Arc.container().instance(QuestionBank.class).get().find(sq.questionId).orElseThrow();
            return OptionOrder.decode(sq.optionOrder, q).toShown(q.correctIndex());
        });
    }

    /** A wrong choice of a question served in a session. */
    static int wrongChoice(Session s, Served q) {
        return (correctChoice(s, q.questionId()) + 1) % q.optionCount();
    }

    /** The id a session's question at {@code position} is (or will be) served with. */
    static String playIdAt(Session s, int position) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(SessionQuestionRepository.class)
                .get().at(s.id(), position).playId);
    }

    /** The bank ids of all the questions a session reserved, in order (served or not). */
    static List<String> bankIds(Session s) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(SessionQuestionRepository.class)
                .get().ofSession(s.id()).stream().map(sq -> sq.questionId).toList());
    }

    /** The bank id of a question served in a session. */
    static String bankId(Session s, String playId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(SessionQuestionRepository.class)
                .get().played(s.id(), playId).orElseThrow().questionId);
    }

    /** A created session: its id and its bearer token. */
    record Session(String id, String token) {

        RequestSpecification authorized() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    /** A served question, as much of it as the tests need. */
    record Served(int index, String questionId, int optionCount) {
    }

    static String newPlayer() {
        return "player-" + UUID.randomUUID();
    }

    /** A valid creation body for {@code playerId} on the test film, with {@code overrides} applied (null removes). */
    static Map<String, Object> body(String playerId, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("playerId", playerId);
        body.put("displayName", "Miette");
        body.put("film", FILM);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    static ExtractableResponse<Response> post(Map<String, Object> body) {
        return bot().given().contentType("application/json").body(body)
                .when().post(SESSIONS)
                .then().extract();
    }

    static Session create(Map<String, Object> body) {
        ExtractableResponse<Response> created = bot().given().contentType("application/json").body(body)
                .when().post(SESSIONS)
                .then().statusCode(201).body("token", notNullValue())
                .extract();
        return new Session(created.path("sessionId"), created.path("token"));
    }

    static Session create(String playerId, int amount) {
        return create(body(playerId, "amount", amount));
    }

    /**
     * A session of four-option questions only, for tests of the points by speed and streak: a true/false answer earns
     * half of those points (its weight, see {@link Scoring#weight}).
     */
    static Session createFourOption(String playerId, int amount) {
        return create(body(playerId, "type", "multiple", "amount", amount));
    }

    static ExtractableResponse<Response> nextResponse(Session s) {
        return s.authorized().when().get(SESSIONS + "/" + s.id() + "/next").then().extract();
    }

    static Served next(Session s) {
        ExtractableResponse<Response> next = s.authorized().when().get(SESSIONS + "/" + s.id() + "/next")
                .then().statusCode(200).extract();
        List<String> options = next.path("question.options");
        return new Served(next.path("index"), next.path("question.id"), options.size());
    }

    static ExtractableResponse<Response> answerResponse(Session s, String questionId, int choice, String requestId) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionId", questionId);
        body.put("choice", choice);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return s.authorized().contentType("application/json").body(body)
                .when().post(SESSIONS + "/" + s.id() + "/answers")
                .then().extract();
    }

    static ExtractableResponse<Response> answer(Session s, String questionId, int choice) {
        ExtractableResponse<Response> r = answerResponse(s, questionId, choice, null);
        if (r.statusCode() != 200) {
            throw new AssertionError("answer: " + r.statusCode() + " " + r.asString());
        }
        return r;
    }

    static ExtractableResponse<Response> summary(Session s) {
        return s.authorized().when().get(SESSIONS + "/" + s.id()).then().statusCode(200).extract();
    }
}
