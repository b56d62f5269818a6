package io.cinequiz.leaderboard;

import static io.cinequiz.leaderboard.Games.FILM;
import static io.cinequiz.leaderboard.Games.LEADERBOARDS;
import static io.cinequiz.leaderboard.Games.board;
import static io.cinequiz.leaderboard.Games.community;
import static io.cinequiz.leaderboard.Games.player;
import static io.cinequiz.leaderboard.Games.unique;
import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Boards and ranks through the API, with games recorded as a finishing session records them and a clock that moves
 * only when a test moves it. Each test plays in communities of its own, so it sees no other test's games.
 */
@QuarkusTest
class LeaderboardResourceTest {

    @Inject
    Leaderboards leaderboards;

    FakeClock clock;
    Games games;

    @BeforeEach
    void installClock() {
        clock = FakeClock.install(Instant.parse("2031-04-16T12:00:00Z")); // a Wednesday
        games = new Games(leaderboards, clock);
    }

    private void later() {
        clock.advance(Duration.ofMinutes(1));
    }

    // ---- ranks and order ----

    @Test
    void equalScoresShareARankListedByWhoReachedTheScoreFirst() {
        String c = unique("guild");
        games.play("alice", c, 500);
        later();
        games.play("bob", c, 800);
        later();
        games.play("carol", c, 500);
        later();
        games.play("dave", c, 300);
        later();
        games.play("erin", c, 200);
        later();
        games.play("erin", c, 300); // reaches 500 last
        later();
        games.play("alice", c, 0); // a game without points: alice still reached 500 first

        board(community(c)).statusCode(200)
                .body("scope", equalTo("community")).body("community", equalTo(c)).body("window", equalTo("all"))
                .body("period", nullValue()).body("totalPlayers", equalTo(5))
                .body("entries.playerId", equalTo(List.of("bob", "alice", "carol", "erin", "dave")))
                .body("entries.rank", equalTo(List.of(1, 2, 2, 2, 5)))
                .body("entries.score", equalTo(List.of(800, 500, 500, 500, 300)))
                .body("entries.games", equalTo(List.of(1, 2, 1, 2, 1)));
    }

    @Test
    void exactTiesAtTheSameMomentAreOrderedByPlayerId() {
        String c = unique("guild");
        games.play("zoe", c, 100);
        games.play("adam", c, 100);
        games.play("mia", c, 100);
        board(community(c)).body("entries.playerId", equalTo(List.of("adam", "mia", "zoe")))
                .body("entries.rank", equalTo(List.of(1, 1, 1)));
    }

    @Test
    void standingSumsGamesCorrectAnswersAndAccuracy() {
        String c = unique("guild");
        games.record(games.game("amelie", FILM, c, 1200, 3, 4));
        later();
        Instant last = clock.now();
        games.record(games.game("amelie", null, c, 2500, 1, 6));

        board(community(c)).body("entries[0].score", equalTo(3700)).body("entries[0].games", equalTo(2))
                .body("entries[0].correct", equalTo(4)).body("entries[0].accuracy", equalTo(0.4f))
                .body("entries[0].displayName", equalTo("Name amelie"));
        player(community(c), "amelie").statusCode(200)
                .body("rank", equalTo(1)).body("totalPlayers", equalTo(1))
                .body("standing.playerId", equalTo("amelie")).body("standing.score", equalTo(3700))
                .body("standing.games", equalTo(2)).body("standing.correct", equalTo(4))
                .body("standing.answered", equalTo(10)).body("standing.accuracy", equalTo(0.4f))
                .body("standing.bestGame", equalTo(2500)).body("standing.wins", equalTo(0))
                .body("standing.lastPlayed", equalTo(last.toString()));
    }

    @Test
    void gameWithoutAServedQuestionCountsNowhere() {
        String c = unique("guild");
        games.record(games.game("ghost", null, c, 0, 0, 0));
        player(community(c), "ghost").spec(problem(404, "not-found"));
        board(community(c)).body("totalPlayers", equalTo(0)).body("entries", empty());
    }

    @Test
    void recordingOneGameTwiceFailsAndCountsItOnce() {
        String c = unique("guild");
        FinishedGame game = games.game("twice", null, c, 900, 1, 1);
        games.record(game);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> games.record(game));
        assertTrue(causes(refused, ConstraintViolationException.class), refused.toString());
        player(community(c), "twice").body("standing.games", equalTo(1)).body("standing.score", equalTo(900));
        board(community(c)).body("totalPlayers", equalTo(1));
    }

    private static boolean causes(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    // ---- scopes ----

    @Test
    void gameCountsGloballyForItsFilmAndForItsCommunityOnly() {
        String p = unique("p");
        String c1 = unique("guild");
        String c2 = unique("guild");
        games.record(games.game(p, FILM, c1, 700, 2, 3));
        later();
        games.record(games.game(p, FILM, c2, 400, 1, 3)); // the same player in another community
        later();
        games.record(games.game(p, null, null, 100, 1, 1)); // neither film nor community

        player(community(c1), p).body("standing.score", equalTo(700)).body("standing.games", equalTo(1))
                .body("totalPlayers", equalTo(1));
        player(community(c2), p).body("standing.score", equalTo(400)).body("standing.games", equalTo(1));
        player(given().queryParam("scope", "film").queryParam("film", FILM), p).statusCode(200)
                .body("scope", equalTo("film")).body("film", equalTo(FILM))
                .body("standing.score", equalTo(1100)).body("standing.games", equalTo(2));
        player(given(), p).statusCode(200).body("scope", equalTo("global"))
                .body("standing.score", equalTo(1200)).body("standing.games", equalTo(3))
                .body("standing.answered", equalTo(7));
        player(given().queryParam("scope", "global"), p).body("standing.score", equalTo(1200));
    }

    @Test
    void globalAndFilmBoardsRankAcrossCommunities() {
        // other tests share the global board: scores of their own, far above anyone else's, keep the ranks exact
        int base = 1_500_000_000 + (int) (Math.random() * 100_000_000);
        String a = unique("a");
        String b = unique("b");
        String c = unique("c");
        games.record(games.game(a, FILM, unique("guild"), base + 20, 1, 1));
        games.record(games.game(b, FILM, unique("guild"), base + 10, 1, 1));
        games.record(games.game(c, FILM, null, base + 10, 1, 1));
        for (var scope : List.of(given(), given().queryParam("scope", "film").queryParam("film", FILM))) {
            int rankA = player(scope, a).statusCode(200).extract().path("rank");
            player(scope, b).body("rank", equalTo(rankA + 1)).body("above[-1].playerId", equalTo(a))
                    .body("below[0].playerId", equalTo(c)).body("below[0].rank", equalTo(rankA + 1));
        }
        List<Integer> ranks = board(given().queryParam("limit", 100)).statusCode(200).extract().path("entries.rank");
        assertEquals(1, ranks.get(0));
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i) >= ranks.get(i - 1) && ranks.get(i) <= i + 1, "ranks " + ranks);
        }
    }

    // ---- windows ----

    @Test
    void dayBoardRollsOverAtMidnight() {
        String c = unique("guild");
        clock.set(Instant.parse("2031-06-10T23:59:59Z")); // a Tuesday
        games.play("owl", c, 300);
        board(community(c).queryParam("window", "day")).body("period", equalTo("2031-06-10"))
                .body("entries.playerId", equalTo(List.of("owl")));

        clock.advance(Duration.ofSeconds(1));
        board(community(c).queryParam("window", "day")).body("period", equalTo("2031-06-11"))
                .body("totalPlayers", equalTo(0)).body("entries", empty());
        player(community(c).queryParam("window", "day"), "owl").spec(problem(404, "not-found"));
        player(community(c).queryParam("window", "week"), "owl").body("standing.score", equalTo(300));

        games.play("owl", c, 200);
        player(community(c).queryParam("window", "day"), "owl").body("standing.score", equalTo(200));
        player(community(c).queryParam("window", "week"), "owl").body("standing.score", equalTo(500));
        player(community(c).queryParam("window", "all"), "owl").body("standing.score", equalTo(500));
    }

    @Test
    void weekBoardRollsOverOnMonday() {
        String c = unique("guild");
        clock.set(Instant.parse("2031-05-04T23:59:59Z")); // Sunday of ISO week 18
        games.play("lark", c, 300);
        board(community(c).queryParam("window", "week")).body("period", equalTo("2031-W18"))
                .body("totalPlayers", equalTo(1));

        clock.advance(Duration.ofSeconds(1));
        board(community(c).queryParam("window", "week")).body("period", equalTo("2031-W19"))
                .body("totalPlayers", equalTo(0)).body("entries", empty());
        player(community(c).queryParam("window", "month"), "lark").body("standing.score", equalTo(300));
    }

    @Test
    void monthBoardRollsOverOnTheFirst() {
        String c = unique("guild");
        clock.set(Instant.parse("2031-05-31T23:59:59Z")); // a Saturday
        games.play("wren", c, 300);
        board(community(c).queryParam("window", "month")).body("period", equalTo("2031-05"))
                .body("totalPlayers", equalTo(1));

        clock.advance(Duration.ofSeconds(1));
        board(community(c).queryParam("window", "month")).body("period", equalTo("2031-06"))
                .body("totalPlayers", equalTo(0));
        board(community(c).queryParam("window", "week")).body("period", equalTo("2031-W22"))
                .body("totalPlayers", equalTo(1)); // the ISO week goes on across the month
        board(community(c).queryParam("window", "all")).body("totalPlayers", equalTo(1));
    }

    // ---- pages ----

    @Test
    void pagesCarryRanksAcrossTheirBoundaries() {
        String c = unique("guild");
        int[] scores = { 70, 60, 60, 60, 50, 40, 30 };
        for (int i = 0; i < scores.length; i++) {
            games.play("p" + i, c, scores[i]);
            later();
        }
        board(community(c).queryParam("limit", 3)).body("offset", equalTo(0)).body("limit", equalTo(3))
                .body("totalPlayers", equalTo(7))
                .body("entries.playerId", equalTo(List.of("p0", "p1", "p2")))
                .body("entries.rank", equalTo(List.of(1, 2, 2)));
        board(community(c).queryParam("limit", 3).queryParam("offset", 3))
                .body("entries.playerId", equalTo(List.of("p3", "p4", "p5")))
                .body("entries.rank", equalTo(List.of(2, 5, 6)));
        board(community(c).queryParam("limit", 3).queryParam("offset", 6))
                .body("entries.playerId", equalTo(List.of("p6"))).body("entries.rank", equalTo(List.of(7)));
        board(community(c).queryParam("limit", 3).queryParam("offset", 7))
                .body("entries", empty()).body("totalPlayers", equalTo(7));
        board(community(c)).body("limit", equalTo(10)).body("entries.size()", equalTo(7));
    }

    @Test
    void limitGoesUpToAHundred() {
        String c = unique("guild");
        for (int i = 0; i < 105; i++) {
            games.play(String.format("p%03d", i), c, 1000 - i);
        }
        board(community(c).queryParam("limit", 100)).body("entries.size()", equalTo(100))
                .body("entries[99].rank", equalTo(100)).body("totalPlayers", equalTo(105));
        board(community(c).queryParam("limit", 1)).body("entries.playerId", equalTo(List.of("p000")));
        board(community(c).queryParam("limit", 100).queryParam("offset", 100))
                .body("entries.rank", equalTo(List.of(101, 102, 103, 104, 105)));
    }

    // ---- around a player ----

    @Test
    void aroundThePlayerShowsTheEntriesJustAboveAndBelow() {
        String c = unique("guild");
        int[] scores = { 90, 80, 80, 70, 70, 70, 60, 50 };
        for (int i = 0; i < scores.length; i++) {
            games.play("p" + i, c, scores[i]);
            later();
        }
        player(community(c).queryParam("around", 2), "p4").statusCode(200)
                .body("rank", equalTo(4)).body("totalPlayers", equalTo(8))
                .body("standing.score", equalTo(70))
                .body("above.playerId", equalTo(List.of("p2", "p3"))).body("above.rank", equalTo(List.of(2, 4)))
                .body("below.playerId", equalTo(List.of("p5", "p6"))).body("below.rank", equalTo(List.of(4, 7)));
        player(community(c).queryParam("around", 3), "p6")
                .body("rank", equalTo(7))
                .body("above.playerId", equalTo(List.of("p3", "p4", "p5"))).body("above.rank", equalTo(List.of(4, 4, 4)))
                .body("below.playerId", equalTo(List.of("p7"))).body("below.rank", equalTo(List.of(8)));
        player(community(c), "p4").body("above.size()", equalTo(4)).body("below.size()", equalTo(3)); // default 5
        player(community(c).queryParam("around", 0), "p4").body("rank", equalTo(4))
                .body("above", empty()).body("below", empty());
    }

    @Test
    void aroundTheTopAndTheBottomOfABoard() {
        String c = unique("guild");
        int[] scores = { 90, 90, 80, 70, 60, 60 };
        for (int i = 0; i < scores.length; i++) {
            games.play("p" + i, c, scores[i]);
            later();
        }
        player(community(c).queryParam("around", 3), "p0")
                .body("rank", equalTo(1)).body("above", empty())
                .body("below.playerId", equalTo(List.of("p1", "p2", "p3"))).body("below.rank", equalTo(List.of(1, 3, 4)));
        player(community(c).queryParam("around", 25), "p1")
                .body("rank", equalTo(1)).body("above.playerId", equalTo(List.of("p0")))
                .body("below.rank", equalTo(List.of(3, 4, 5, 5)));
        player(community(c).queryParam("around", 3), "p5")
                .body("rank", equalTo(5)).body("below", empty())
                .body("above.playerId", equalTo(List.of("p2", "p3", "p4"))).body("above.rank", equalTo(List.of(3, 4, 5)));
        player(community(c).queryParam("around", 25), "p5").body("above.size()", equalTo(5));
    }

    @Test
    void aloneOnABoardIsRankOne() {
        String c = unique("guild");
        games.play("solo", c, 0);
        player(community(c), "solo").body("rank", equalTo(1)).body("totalPlayers", equalTo(1))
                .body("above", empty()).body("below", empty());
    }

    // ---- errors ----

    @Test
    void unknownPlayerIsNotFound() {
        player(given(), unique("nobody")).spec(problem(404, "not-found"));
        player(community(unique("guild")), "nobody").spec(problem(404, "not-found"));
    }

    @Test
    void unknownFilmIsNotFound() {
        board(given().queryParam("scope", "film").queryParam("film", "no-such-film")).spec(problem(404, "not-found"));
        player(given().queryParam("scope", "film").queryParam("film", "no-such-film"), "x")
                .spec(problem(404, "not-found"));
    }

    @Test
    void badParametersAreRefusedWithAProblem() {
        String c = unique("guild");
        games.play("ok", c, 10);
        List<String[]> bad = List.of(
                new String[] { "scope", "planet" },
                new String[] { "window", "year" },
                new String[] { "scope", "film" },
                new String[] { "scope", "community" },
                new String[] { "film", FILM },
                new String[] { "community", c },
                new String[] { "scope", "film", "film", FILM, "community", c },
                new String[] { "scope", "community", "community", c, "film", FILM },
                new String[] { "scope", "community", "community", "x".repeat(65) },
                new String[] { "scope", "film", "film", "f".repeat(101) });
        for (String[] params : bad) {
            var request = given();
            for (int i = 0; i < params.length; i += 2) {
                request.queryParam(params[i], params[i + 1]);
            }
            request.when().get(LEADERBOARDS).then().spec(problem(400, "bad-request"));
            var again = given();
            for (int i = 0; i < params.length; i += 2) {
                again.queryParam(params[i], params[i + 1]);
            }
            again.when().get(LEADERBOARDS + "/players/ok").then().spec(problem(400, "bad-request"));
        }
        board(given().queryParam("scope", "planet")).body("detail", equalTo(
                "scope 'planet' is not one of global, film, community"));
        board(given().queryParam("window", "year")).body("detail", equalTo(
                "window 'year' is not one of all, month, week, day"));
    }

    @Test
    void limitOffsetAndAroundOutsideTheirRangesAreRefused() {
        for (String limit : List.of("0", "101", "-1")) {
            board(given().queryParam("limit", limit)).spec(problem(400, "validation"))
                    .body("errors[0].field", equalTo("limit"));
        }
        board(given().queryParam("offset", "-1")).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("offset"));
        board(given().queryParam("offset", "10001")).spec(problem(400, "bad-request"));
        board(given().queryParam("offset", "10000")).statusCode(200);
        board(given().queryParam("limit", "ten")).spec(problem(400, "bad-parameter"));
        for (String around : List.of("-1", "26")) {
            player(given().queryParam("around", around), "x").spec(problem(400, "validation"))
                    .body("errors[0].field", equalTo("around"));
        }
        player(given().queryParam("around", "many"), "x").spec(problem(400, "bad-parameter"));
    }

    @Test
    void caseAndBlanksInParametersAreForgiven() {
        String c = unique("guild");
        games.play("casey", c, 10);
        player(given().queryParam("scope", "Community").queryParam("community", "  " + c + " ")
                .queryParam("window", "DAY"), "casey").statusCode(200).body("window", equalTo("day"))
                .body("community", equalTo(c));
        board(given().queryParam("scope", "").queryParam("window", " ")).statusCode(200)
                .body("scope", equalTo("global")).body("window", equalTo("all"));
    }
}
