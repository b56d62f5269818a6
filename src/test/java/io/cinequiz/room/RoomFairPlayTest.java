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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.cinequiz.security.TestClients;
import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accuracy rule in room games: a solo room won by a text-matching bot at human speed is flagged. */
@QuarkusTest
class RoomFairPlayTest {

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    /**
     * Plays a solo room to {@code target} right answers at 6 to 10 s each, missing every {@code missEvery}th
     * (none if 0); returns the game's id.
     */
    private String playSolo(String room, String player, int target, int missEvery, Random random) {
        String gameId = start(room, "targetScore", target);
        for (int i = 0; i < 3 * target; i++) {
            RoomApi.Round round = next(room);
            clock.advance(Duration.ofMillis(6000 + random.nextInt(4000)));
            boolean miss = missEvery > 0 && i % missEvery == missEvery - 1;
            answer(room, round.id(), player, miss ? wrong(null, round) : round.correct());
            if (i == 0) {
                clock.advance(Duration.ofSeconds(30)); // the first round closes by time only (nobody had joined)
            }
            if (given().get(current(room)).then().statusCode(200).extract().<Boolean>path("finished")) {
                return gameId;
            }
        }
        throw new AssertionError("the game did not finish");
    }

    @Test
    void aSoloRoomWonByAMatcherAtHumanSpeedIsFlaggedForItsAccuracy() {
        String room = newRoom();
        String player = newPlayer();
        Random random = new Random(60);
        playSolo(room, player, 25, 20, random); // one deliberate miss
        TestClients.client("moderation").given().queryParam("player", fullId(player)).get("/api/v1/moderation/flags")
                .then().statusCode(200).body("$", empty()); // 25 of 26: too few answers to judge yet
        String gameId = playSolo(room, player, 25, 0, random);
        TestClients.client("moderation").given().queryParam("player", fullId(player)).get("/api/v1/moderation/flags")
                .then().statusCode(200)
                .body("findAll { it.kind == 'too-fast' || it.kind == 'implausible' }", empty())
                .body("find { it.kind == 'accuracy' }.gameId", equalTo("room:" + gameId))
                .body("find { it.kind == 'accuracy' }.answers", equalTo(51))
                .body("find { it.kind == 'accuracy' }.correct", equalTo(50))
                .body("find { it.kind == 'accuracy' }.tailProbability", lessThan(1e-5f));
    }

    @Test
    void aSoloRoomPlayedByAnHonestPlayerIsNotFlagged() {
        String room = newRoom();
        String player = newPlayer();
        playSolo(room, player, 20, 3, new Random(61)); // two in three right
        TestClients.client("moderation").given().queryParam("player", fullId(player)).get("/api/v1/moderation/flags")
                .then().statusCode(200).body("$", empty());
    }
}
