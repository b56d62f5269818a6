package io.cinequiz.room;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.cinequiz.room.RoomApi.answerResponse;
import static io.cinequiz.room.RoomApi.body;
import static io.cinequiz.room.RoomApi.current;
import static io.cinequiz.room.RoomApi.games;
import static io.cinequiz.room.RoomApi.newPlayer;
import static io.cinequiz.room.RoomApi.newRoom;
import static io.cinequiz.room.RoomApi.next;
import static io.cinequiz.room.RoomApi.round;
import static io.cinequiz.room.RoomApi.start;
import static io.cinequiz.room.RoomApi.startResponse;
import static io.cinequiz.room.RoomApi.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cinequiz.room.RoomApi.Round;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every invalid request to the room API is a 400, 404 or 409 problem, never a 500. */
@QuarkusTest
class RoomErrorsTest {

    @Test
    void startRejectsEachInvalidField() {
        Object[][] cases = {
                {"targetScore", 0}, {"targetScore", 1001}, {"questionSeconds", 4}, {"questionSeconds", 121},
                {"community", "c".repeat(49)}, {"community", "guild:7"}, {"community", "guild\u200b7"},
        };
        for (Object[] c : cases) {
            startResponse(newRoom(), body(c[0], c[1])).response().then().spec(problem(400, "validation"))
                    .body("errors[0].field", equalTo(c[0])).body("errors.size()", equalTo(1));
        }
        startResponse(newRoom(), body("targetScore", 0, "questionSeconds", 200)).response().then()
                .spec(problem(400, "validation")).body("errors.field", equalTo(List.of("questionSeconds", "targetScore")));
    }

    @Test
    void startAcceptsTheLimits() {
        startResponse(newRoom(), body("targetScore", 1, "questionSeconds", 5, "community", "c".repeat(48)))
                .response().then().statusCode(201).body("questionSeconds", equalTo(5))
                .body("community", equalTo(RoomApi.bot().id() + ":" + "c".repeat(48)));
        startResponse(newRoom(), body("targetScore", 1000, "questionSeconds", 20)).response().then().statusCode(201)
                .body("targetScore", equalTo(1000));
    }

    @Test
    void aRoomsTimePerQuestionIsAtMostTheSessionsTimeLimit() {
        startResponse(newRoom(), body("questionSeconds", 21)).response().then().spec(problem(400, "bad-request"))
                .body("detail", containsString("at most 20"));
    }

    @Test
    void startRejectsUnknownFilterValuesAndFilms() {
        for (String filter : List.of("category", "difficulty")) {
            startResponse(newRoom(), body(filter, "nonsense")).response().then().spec(problem(400, "bad-request"))
                    .body("detail", containsString(filter + " 'nonsense'"));
        }
        startResponse(newRoom(), body("film", "no-such-film")).response().then().spec(problem(404, "not-found"))
                .body("detail", containsString("no-such-film"));
    }

    @Test
    void startRejectsAnInvalidRoomKey() {
        for (String room : List.of("a".repeat(65), "with%20space", "semi;colon")) {
            given().contentType("application/json").body("{}").when().post("/api/v1/rooms/" + room + "/games")
                    .then().spec(problem(400, "validation")).body("errors[0].field", equalTo("roomKey"));
        }
        given().when().get("/api/v1/rooms/" + "a".repeat(65) + "/games/current").then().spec(problem(400, "validation"));
    }

    @Test
    void startRejectsAMissingOrMalformedBody() {
        given().contentType("application/json").when().post(games(newRoom())).then().spec(problem(400, "validation"));
        given().contentType("application/json").body("{\"targetScore\": ").when().post(games(newRoom()))
                .then().spec(problem(400, "malformed-body"));
        given().contentType("application/json").body("{\"targetScore\": \"ten\"}").when().post(games(newRoom()))
                .then().spec(problem(400, "malformed-body")).body("detail", containsString("targetScore"));
        given().contentType("text/plain").body("hello").when().post(games(newRoom()))
                .then().spec(problem(415, "unsupported-media-type"));
    }

    @Test
    void answerRejectsEachInvalidField() {
        String room = newRoom();
        start(room);
        Round r = next(room);
        Object[][] cases = {
                {"playerId", null}, {"playerId", " "}, {"playerId", "p".repeat(49)}, {"playerId", "other-bot:u-81"},
                {"playerId", "u\u202e18"}, {"displayName", null}, {"displayName", ""}, {"displayName", "n".repeat(33)},
                {"displayName", "Mi\u200bette"},
                {"choice", null}, {"choice", -1}, {"requestId", "r".repeat(65)},
        };
        for (Object[] c : cases) {
            Map<String, Object> body = answerBody();
            body.put((String) c[0], c[1]);
            given().contentType("application/json").body(body).when().post(round(room, r.id()) + "/answers")
                    .then().spec(problem(400, "validation")).body("errors[0].field", equalTo(c[0]))
                    .body("errors.size()", equalTo(1));
        }
        Map<String, Object> outOfRange = answerBody();
        outOfRange.put("choice", r.optionCount());
        given().contentType("application/json").body(outOfRange).when().post(round(room, r.id()) + "/answers")
                .then().spec(problem(400, "bad-request")).body("detail", containsString("out of range"));
        given().contentType("application/json").when().post(round(room, r.id()) + "/answers")
                .then().spec(problem(400, "validation"));
        given().when().get(current(room)).then().body("players.size()", equalTo(0));
    }

    private static Map<String, Object> answerBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("playerId", newPlayer());
        body.put("displayName", "Miette");
        body.put("choice", 0);
        return body;
    }

    @Test
    void unknownRoomsGamesAndRoundsAreNotFound() {
        String empty = newRoom();
        given().when().get(current(empty)).then().spec(problem(404, "not-found")).body("detail", containsString(empty));
        given().when().delete(current(empty)).then().spec(problem(404, "not-found"));
        given().when().post(current(empty) + "/rounds").then().spec(problem(404, "not-found"));
        given().when().get(games(empty) + "/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));

        String room = newRoom();
        start(room);
        Round r = next(room);
        String other = newRoom();
        String otherGame = start(other);
        Round otherRound = next(other);
        given().when().get(round(room, UUID.randomUUID().toString())).then().spec(problem(404, "not-found"));
        given().when().get(round(room, otherRound.id())).then().spec(problem(404, "not-found"));
        given().when().get(round(empty, r.id())).then().spec(problem(404, "not-found"));
        answerResponse(room, otherRound.id(), newPlayer(), 0, null).response().then().spec(problem(404, "not-found"));
        answerResponse(room, "nope", newPlayer(), 0, null).response().then().spec(problem(404, "not-found"));
        given().when().get(games(room) + "/" + otherGame).then().spec(problem(404, "not-found"));
        given().when().delete(games(room) + "/" + otherGame).then().spec(problem(404, "not-found"));
        given().when().get(games(other) + "/" + otherGame).then().statusCode(200);
    }

    @Test
    void unsupportedMethodsAreProblems() {
        given().when().put(current(newRoom())).then().spec(problem(405, "method-not-allowed"));
    }
}
