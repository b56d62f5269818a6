package io.cinequiz.leaderboard;

import static io.restassured.RestAssured.given;

import io.cinequiz.session.FakeClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * Test data for the leaderboard tests: games recorded the way a finishing session records them (in a transaction of
 * their own), and calls of the leaderboard API. Each test makes its own players and communities.
 */
final class Games {

    static final String LEADERBOARDS = "/api/v1/leaderboards";
    static final String FILM = "city-of-lost-children";

    private final Leaderboards leaderboards;
    private final FakeClock clock;

    Games(Leaderboards leaderboards, FakeClock clock) {
        this.leaderboards = leaderboards;
        this.clock = clock;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A game of {@code answered} questions, {@code correct} of them right, finished now. */
    FinishedGame game(String player, String film, String community, int score, int correct, int answered) {
        return new FinishedGame(UUID.randomUUID().toString(), player, "Name " + player.substring(0, Math.min(8,
                player.length())), film, community, score, correct, answered, Math.max(answered, 10), false, clock.now());
    }

    void record(FinishedGame game) {
        QuarkusTransaction.requiringNew().run(() -> leaderboards.recordGame(game));
    }

    /** A game of 10 questions with {@code score} points, in {@code community}, finished now. */
    void play(String player, String community, int score) {
        record(game(player, null, community, score, score > 0 ? 5 : 0, 10));
    }

    static RequestSpecification community(String community) {
        return given().queryParam("scope", "community").queryParam("community", community);
    }

    static ValidatableResponse board(RequestSpecification request) {
        return request.when().get(LEADERBOARDS).then();
    }

    static ValidatableResponse player(RequestSpecification request, String player) {
        return request.when().get(LEADERBOARDS + "/players/" + player).then();
    }
}
