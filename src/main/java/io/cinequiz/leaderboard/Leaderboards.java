package io.cinequiz.leaderboard;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.problem.ApiException;
import io.cinequiz.session.QuizClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Standings per player on every board (global, per film, per community; all time, this month, this ISO week, today),
 * ranked by total score with standard competition ranking. {@link #recordGame} counts a finished game inside the
 * transaction that finishes it; reads find a rank from the score-bucket table, never by counting the board.
 */
@ApplicationScoped
public class Leaderboards {

    private final StandingRepository standings;
    private final ScoreBucketRepository buckets;
    private final RecordedGameRepository recorded;
    private final Catalog catalog;
    private final QuizClock clock;
    private final LeaderboardsConfig config;

    Leaderboards(StandingRepository standings, ScoreBucketRepository buckets, RecordedGameRepository recorded,
            Catalog catalog, QuizClock clock, LeaderboardsConfig config) {
        this.standings = standings;
        this.buckets = buckets;
        this.recorded = recorded;
        this.catalog = catalog;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Adds a finished game to its player's standings on every board it counts on (up to 4 windows x global, its film,
     * its community), in the caller's transaction, which must be the one that finishes the game. A game in which no
     * question was served counts nowhere. The game's id is recorded in the same transaction under a primary key, so
     * counting a game a second time fails (and rolls back) instead of counting it twice, on any replica.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordGame(FinishedGame game) {
        recordGames(List.of(game));
    }

    /**
     * Counts several games that finish together (the players of a room game) as {@link #recordGame} counts one. Their
     * score buckets change in one batch in key order, the order every transaction locks bucket rows in, so that two
     * transactions counting games cannot deadlock; pass the games in player order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordGames(List<FinishedGame> games) {
        Map<ScoreBuckets.Key, Integer> deltas = ScoreBuckets.newDeltas();
        for (FinishedGame game : games) {
            if (game.answered() <= 0) {
                continue;
            }
            Instant at = game.finishedAt().truncatedTo(ChronoUnit.MICROS);
            RecordedGame marker = new RecordedGame();
            marker.gameId = game.gameId();
            marker.playerId = game.playerId();
            marker.recordedAt = at;
            recorded.persist(marker);
            for (Board board : Board.countingGame(game.filmId(), game.community(), at, config.zone())) {
                Standing s = standings.forUpdate(board, game.playerId());
                Long before = s == null ? null : s.score;
                if (s == null) {
                    s = new Standing();
                    s.scopeKey = board.scopeKey();
                    s.windowKey = board.windowKey();
                    s.playerId = game.playerId();
                    s.reachedAt = at;
                    s.lastPlayedAt = at;
                    add(s, game, at);
                    standings.persist(s);
                } else {
                    add(s, game, at);
                }
                ScoreBuckets.move(board, game.playerId(), before, s.score, deltas);
            }
        }
        // The markers and the standings first: a game counted twice fails here, before any bucket row is locked.
        standings.flush();
        buckets.add(deltas);
    }

    private static void add(Standing s, FinishedGame game, Instant at) {
        if (game.score() != 0) {
            s.score += game.score();
            s.reachedAt = at;
        }
        s.displayName = game.displayName();
        s.games++;
        s.correct += game.correct();
        s.answered += game.answered();
        s.bestGame = s.games == 1 ? game.score() : Math.max(s.bestGame, game.score());
        s.wins += game.won() ? 1 : 0;
        if (at.isAfter(s.lastPlayedAt)) {
            s.lastPlayedAt = at;
        }
    }

    /** A page of the board: {@code limit} entries from position {@code offset}, with ranks and the number of players. */
    LeaderboardPage page(BoardQuery query, int limit, int offset) {
        if (offset > config.maxOffset()) {
            throw ApiException.badRequest("offset must be at most " + config.maxOffset()
                    + "; for a player further down, use GET /api/v1/leaderboards/players/{playerId}");
        }
        Instant now = clock.now();
        Board board = board(query, now);
        List<Standing> page = standings.page(board, offset, limit);
        long firstRank = page.isEmpty() || offset == 0 ? 1 : buckets.playersAbove(board, page.get(0).score) + 1;
        List<Long> ranks = Ranking.ofPage(page.stream().map(s -> s.score).toList(), offset, firstRank);
        List<LeaderboardEntry> entries = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            entries.add(LeaderboardEntry.of(page.get(i), ranks.get(i)));
        }
        return new LeaderboardPage(query.scope().name().toLowerCase(Locale.ROOT), query.film(),
                query.community(), query.windowName(), query.window().period(now, config.zone()), buckets.players(board),
                offset, limit, entries);
    }

    /** A player's rank and standing on the board, with up to {@code around} entries above and below. */
    PlayerRank player(BoardQuery query, String playerId, int around) {
        Instant now = clock.now();
        Board board = board(query, now);
        Standing me = standings.of(board, playerId).orElseThrow(() -> new ApiException(404, "not-found", "Not Found",
                "Player '" + playerId + "' has no standing on this board"));
        long above = buckets.playersAbove(board, me.score);
        List<LeaderboardEntry> aboveEntries = List.of();
        List<LeaderboardEntry> belowEntries = List.of();
        if (around > 0) {
            List<Standing> ahead = new ArrayList<>(standings.ahead(me, around));
            Collections.reverse(ahead); // board order: the nearest last
            List<Standing> behind = standings.behind(me, around);
            Set<Long> scores = new LinkedHashSet<>();
            scores.add(me.score);
            ahead.forEach(s -> scores.add(s.score));
            behind.forEach(s -> scores.add(s.score));
            Map<Long, Long> atScore = scores.size() == 1 ? Map.of() : buckets.playersAt(board, scores);
            aboveEntries = entries(ahead, Ranking.above(ahead.stream().map(s -> s.score).toList(), me.score, above,
                    atScore));
            belowEntries = entries(behind, Ranking.below(behind.stream().map(s -> s.score).toList(), me.score, above,
                    atScore));
        }
        return new PlayerRank(query.scope().name().toLowerCase(Locale.ROOT), query.film(), query.community(),
                query.windowName(), query.window().period(now, config.zone()), buckets.players(board), above + 1,
                PlayerRank.PlayerStanding.of(me), aboveEntries, belowEntries);
    }

    private Board board(BoardQuery query, Instant now) {
        if (query.scope() == Scope.FILM) {
            catalog.require(query.film());
        }
        return Board.of(query.scope(), query.subject(), query.window(), now, config.zone());
    }

    private static List<LeaderboardEntry> entries(List<Standing> standings, List<Long> ranks) {
        List<LeaderboardEntry> entries = new ArrayList<>(standings.size());
        for (int i = 0; i < standings.size(); i++) {
            entries.add(LeaderboardEntry.of(standings.get(i), ranks.get(i)));
        }
        return entries;
    }
}
