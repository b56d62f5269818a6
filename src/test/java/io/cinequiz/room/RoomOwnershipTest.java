package io.cinequiz.room;

import static io.cinequiz.problem.ProblemSpec.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rooms belong to the client that plays them: another client (or nobody) can neither start, serve, answer in, read nor
 * end its games, and a room key tells it nothing (the same answers as for a room without a game).
 */
@QuarkusTest
class RoomOwnershipTest {

    @Test
    void roomsNeedAnApiKeyWithTheRoomsScope() {
        String room = RoomApi.newRoom();
        RestAssured.given().contentType("application/json").body("{}").post(RoomApi.games(room))
                .then().spec(problem(401, "unauthorized"));
        RestAssured.given().get(RoomApi.current(room)).then().spec(problem(401, "unauthorized"));
        TestClients.client("play").given().contentType("application/json").body("{}").post(RoomApi.games(room))
                .then().spec(problem(403, "forbidden"));
    }

    /** The review's attack: an outsider serving, answering for every player and ending another bot's game. */
    @Test
    void anotherClientCannotTouchARoom() {
        String room = RoomApi.newRoom();
        String gameId = RoomApi.start(room, "targetScore", 3);
        RoomApi.Round round = RoomApi.next(room);
        String player = RoomApi.newPlayer(); // a player is in one unfinished game at a time (review round 2, H2)
        RoomApi.answer(room, round.id(), player, round.correct());
        TestClients.Client outsider = TestClients.client("rooms");
        String roundPath = RoomApi.games(room) + "/" + gameId + "/rounds/" + round.id();

        for (String game : new String[] {RoomApi.current(room), RoomApi.games(room) + "/" + gameId}) {
            outsider.given().get(game).then().spec(problem(404, "not-found"));
            outsider.given().delete(game).then().spec(problem(404, "not-found"));
            outsider.given().post(game + "/rounds").then().spec(problem(404, "not-found"));
            outsider.given().get(game + "/rounds/" + round.id()).then().spec(problem(404, "not-found"));
        }
        outsider.given().contentType("application/json")
                .body(Map.of("playerId", "u-81", "displayName", "Not Miette", "choice", round.correct()))
                .post(roundPath + "/answers").then().spec(problem(404, "not-found"));
        outsider.given().contentType("application/json")
                .body(Map.of("playerId", "u-82", "displayName", "Anyone", "choice", round.correct()))
                .post(roundPath + "/answers").then().spec(problem(404, "not-found"));
        // the same key is a room of the outsider's own: a game there is the outsider's, not a way into the first
        outsider.given().contentType("application/json").body("{}").post(RoomApi.games(room)).then().statusCode(201)
                .body("gameId", not(equalTo(gameId))).body("roomKey", equalTo(room));

        RoomApi.given().get(RoomApi.current(room)).then().statusCode(200).body("gameId", equalTo(gameId))
                .body("finished", equalTo(false)).body("players.size()", equalTo(1))
                .body("players[0].displayName", not(equalTo("Not Miette")));
        RoomApi.given().get(roundPath).then().statusCode(200).body("answers.size()", equalTo(1));
    }

    @Test
    void noAnswerNamesAnotherPlayersChoiceWhileTheRoundIsOpen() {
        String room = RoomApi.newRoom();
        RoomApi.start(room);
        RoomApi.Round round = RoomApi.next(room);
        String player = RoomApi.newPlayer(); // one unfinished game per player (review round 2, H2)
        RoomApi.answer(room, round.id(), player, round.correct());
        RoomApi.answerResponse(room, round.id(), player, (round.correct() + 1) % round.optionCount(), null)
                .response().then().spec(problem(409, "already-answered"))
                .body("detail", not(containsString("choice")));
        RoomApi.given().get(RoomApi.round(room, round.id())).then().statusCode(200).body("closed", equalTo(false))
                .body("answers[0].choice", equalTo(null)).body("answers[0].correct", equalTo(null))
                .body("correctChoice", equalTo(null)).body("bankQuestionId", equalTo(null));
    }
}
