package io.cinequiz.room;

import static io.cinequiz.room.RoomApi.answer;
import static io.cinequiz.room.RoomApi.current;
import static io.cinequiz.room.RoomApi.fullId;
import static io.cinequiz.room.RoomApi.given;
import static io.cinequiz.room.RoomApi.newPlayer;
import static io.cinequiz.room.RoomApi.newRoom;
import static io.cinequiz.room.RoomApi.next;
import static io.cinequiz.room.RoomApi.start;
import static io.cinequiz.room.RoomApi.wrong;
import static org.hamcrest.Matchers.equalTo;

import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While a round is open, a game's standings show the closed rounds only: nobody learns who answered it right. */
@QuarkusTest
class RoomStandingsTest {

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    private static int points(String room, String player) {
        return given().get(current(room)).then().statusCode(200).extract()
                .path("players.find { it.playerId == '" + fullId(player) + "' }.points");
    }

    @Test
    void standingsLeaveOutTheOpenRoundsAnswersUntilItCloses() {
        String room = newRoom();
        String ana = newPlayer();
        String ben = newPlayer();
        start(room, "targetScore", 5);
        RoomApi.Round first = next(room);
        clock.advance(Duration.ofSeconds(2));
        answer(room, first.id(), ana, first.correct());
        answer(room, first.id(), ben, wrong(null, first));
        clock.advance(Duration.ofSeconds(30)); // the first round closes by time
        RoomApi.Round second = next(room);
        int anaAfterFirst = points(room, ana);
        clock.advance(Duration.ofSeconds(3));
        // the answer is only acknowledged while the round is open (review round 2, L5)
        answer(room, second.id(), ana, second.correct()).response().then().body("roundClosed", equalTo(false))
                .body("points", equalTo(null));
        int earned = RoomApi.points(second, 925); // 3 s of the sessions' 20 s
        // Ana answered right in the open round: neither her score, her points nor her answers move for anyone
        given().get(current(room)).then().statusCode(200)
                .body("currentRound.open", equalTo(true))
                .body("players.find { it.playerId == '" + fullId(ana) + "' }.points", equalTo(anaAfterFirst))
                .body("players.find { it.playerId == '" + fullId(ana) + "' }.score", equalTo(1))
                .body("players.find { it.playerId == '" + fullId(ana) + "' }.answered", equalTo(1))
                .body("players.find { it.playerId == '" + fullId(ben) + "' }.rank", equalTo(2));
        // Ben answers: the round closes, and the standings count it
        answer(room, second.id(), ben, wrong(null, second));
        given().get(current(room)).then().statusCode(200)
                .body("currentRound.open", equalTo(false))
                .body("players.find { it.playerId == '" + fullId(ana) + "' }.points", equalTo(anaAfterFirst + earned))
                .body("players.find { it.playerId == '" + fullId(ana) + "' }.score", equalTo(2))
                .body("players.find { it.playerId == '" + fullId(ana) + "' }.answered", equalTo(2));
    }
}
