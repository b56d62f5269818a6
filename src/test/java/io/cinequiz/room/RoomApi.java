package io.cinequiz.room;


import io.cinequiz.question.OptionOrder;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.security.TestClients;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calls of the room API shared by the room tests; each test makes its own room, players and community. The rooms are
 * one API client's (scope rooms, {@link #bot()}); its players are named by local ids.
 */
final class RoomApi {

    static final String FILM = "city-of-lost-children";

    private RoomApi() {
    }

    /** The API client (scope rooms) that runs the tests' rooms. */
    static TestClients.Client bot() {
        return TestClients.shared("rooms");
    }

    /** A request of the rooms' client. */
    static RequestSpecification given() {
        return bot().given();
    }

    /** The full id of the bot's player {@code localId}, as the API shows it. */
    static String fullId(String localId) {
        return bot().player(localId);
    }

    /**
     * A served round, as much of it as the tests need: {@code questionId} is the question's bank id (read from the
     * database: the round serves it under the round's id) and {@code correct} its correct choice as the round shows it.
     */
    record Round(String id, String gameId, int number, String questionId, int optionCount, int correct) {
    }

    static String newRoom() {
        return "channel-" + UUID.randomUUID();
    }

    static String newPlayer() {
        return "player-" + UUID.randomUUID();
    }

    /** A player's standing on a community's all-time board. */
    static ValidatableResponse standing(String community, String player) {
        return given().queryParam("scope", "community").queryParam("community", community)
                .when().get("/api/v1/leaderboards/players/" + player).then();
    }

    static String games(String room) {
        return "/api/v1/rooms/" + room + "/games";
    }

    static String current(String room) {
        return games(room) + "/current";
    }

    static String round(String room, String roundId) {
        return current(room) + "/rounds/" + roundId;
    }

    /** A valid start body on the test film, with {@code overrides} applied (null removes). */
    static Map<String, Object> body(Object... overrides) {
        Map<String, Object> body = new HashMap<>();
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

    static ExtractableResponse<Response> startResponse(String room, Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post(games(room)).then().extract();
    }

    static String start(String room, Object... overrides) {
        ExtractableResponse<Response> r = startResponse(room, body(overrides));
        if (r.statusCode() != 201) {
            throw new AssertionError("start: " + r.statusCode() + " " + r.asString());
        }
        return r.path("gameId");
    }

    static ExtractableResponse<Response> nextResponse(String room) {
        return given().when().post(current(room) + "/rounds").then().extract();
    }

    static Round next(String room) {
        ExtractableResponse<Response> r = nextResponse(room);
        if (r.statusCode() != 201) {
            throw new AssertionError("next round: " + r.statusCode() + " " + r.asString());
        }
        List<String> options = r.path("question.options");
        String roundId = r.path("roundId");
        return QuarkusTransaction.requiringNew().call(() -> {
            RoomRound round = Arc.container().instance(RoomRoundRepository.class).get().findById(roundId);
            Question q = Arc.container().instance(QuestionBank.class).get().find(round.questionId).orElseThrow();
            return new Round(roundId, r.path("gameId"), r.path("number"), round.questionId, options.size(),
                    OptionOrder.decode(round.optionOrder, q).toShown(q.correctIndex()));
        });
    }

    static ExtractableResponse<Response> answerResponse(String room, String roundId, String player, int choice,
            String requestId) {
        Map<String, Object> body = new HashMap<>();
        body.put("playerId", player);
        body.put("displayName", "Name " + player.substring(player.length() - 4));
        body.put("choice", choice);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return given().contentType("application/json").body(body)
                .when().post(round(room, roundId) + "/answers").then().extract();
    }

    static ExtractableResponse<Response> answer(String room, String roundId, String player, int choice) {
        ExtractableResponse<Response> r = answerResponse(room, roundId, player, choice, null);
        if (r.statusCode() != 200) {
            throw new AssertionError("answer: " + r.statusCode() + " " + r.asString());
        }
        return r;
    }

    /**
     * The points of a correct answer worth {@code fourOptionPoints} on a four-option question, on this round's
     * question: true/false answers earn half ({@link io.cinequiz.session.Scoring#weight}).
     */
    static int points(Round round, int fourOptionPoints) {
        return (int) Math.round(fourOptionPoints * round.optionCount() / 4.0);
    }

    static int correct(QuestionBank bank, Round round) {
        return round.correct();
    }

    static int wrong(QuestionBank bank, Round round) {
        return (correct(bank, round) + 1) % round.optionCount();
    }
}
