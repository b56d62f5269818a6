package io.cinequiz.room;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.fairplay.FairPlay;
import io.cinequiz.leaderboard.FinishedGame;
import io.cinequiz.leaderboard.Leaderboards;
import io.cinequiz.problem.ApiException;
import io.cinequiz.names.DisplayNames;
import io.cinequiz.question.OptionOrder;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.question.QuestionFilter;
import io.cinequiz.question.QuestionPlays;
import io.cinequiz.question.QuestionView;
import io.cinequiz.security.Caller;
import io.cinequiz.session.QuizClock;
import io.cinequiz.session.SessionsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Room games: starting and ending them, serving rounds, scoring answers once, closing rounds and finishing games.
 * Every change locks the game's row first (SELECT ... FOR UPDATE), so the requests of a room run one after the
 * other on every replica; unique constraints (one unfinished game per room, one answer per player and round, no
 * question twice in a game) refuse what slips past, and {@link RoomResource} retries such collisions.
 * Rounds close lazily: the first request that finds one past its deadline plus the grace closes it.
 */
@ApplicationScoped
class RoomService {

    static final String CURRENT = "current";
    private static final int DEFAULT_TARGET = 10;
    private static final int DEFAULT_SECONDS = 15;

    private final RoomGameRepository games;
    private final RoomRoundRepository rounds;
    private final RoomPlayerRepository players;
    private final RoomAnswerRepository answers;
    private final QuestionBank bank;
    private final Catalog catalog;
    private final QuizClock clock;
    private final SessionsConfig sessions;
    private final Leaderboards leaderboards;
    private final RoomMetrics metrics;
    private final FairPlay fairPlay;
    private final RoomsConfig config;
    private final QuestionPlays plays;

    RoomService(RoomGameRepository games, RoomRoundRepository rounds, RoomPlayerRepository players,
            RoomAnswerRepository answers, QuestionBank bank, Catalog catalog, QuizClock clock, SessionsConfig sessions,
            Leaderboards leaderboards, RoomMetrics metrics, FairPlay fairPlay, RoomsConfig config,
            QuestionPlays plays) {
        this.games = games;
        this.rounds = rounds;
        this.players = players;
        this.answers = answers;
        this.bank = bank;
        this.catalog = catalog;
        this.clock = clock;
        this.sessions = sessions;
        this.leaderboards = leaderboards;
        this.metrics = metrics;
        this.fairPlay = fairPlay;
        this.config = config;
        this.plays = plays;
    }

    /**
     * A new game in the room; {@code community} is a full community id, or null. 409 {@code too-many-open-rooms} when
     * the client already has {@code openRooms} rooms with an unfinished game.
     */
    @Transactional
    RoomGameView start(Room room, String community, int openRooms, StartGameRequest request) {
        QuestionFilter filter = QuestionFilter.parse(request.film(), request.category(), request.difficulty(), null);
        if (filter.film() != null) {
            catalog.require(filter.film());
        }
        bank.requireMatching(filter);
        int seconds = request.questionSeconds() == null ? DEFAULT_SECONDS : request.questionSeconds();
        if (seconds * 1000L > sessions.timeLimit().toMillis()) {
            throw ApiException.badRequest("questionSeconds must be at most " + sessions.timeLimit().toSeconds()
                    + ", the sessions' time limit, against which points are counted on every board");
        }
        if (games.hasActive(room.stored())) {
            throw gameInProgress(room);
        }
        if (games.activeOfClient(room.clientId()) >= openRooms) {
            throw ApiException.conflict("too-many-open-rooms", "This client has " + openRooms + " rooms with an"
                    + " unfinished game, its quota: end one (DELETE /api/v1/rooms/{roomKey}/games/current) first");
        }
        RoomGame game = new RoomGame();
        game.id = UUID.randomUUID().toString();
        game.roomKey = room.stored();
        game.activeRoomKey = room.stored();
        game.number = games.latest(room.stored()).map(g -> g.number + 1).orElse(1);
        game.filmId = filter.film();
        game.category = filter.category() == null ? null : filter.category().key();
        game.difficulty = filter.difficulty() == null ? null : filter.difficulty().key();
        game.community = community;
        game.targetScore = request.targetScore() == null ? DEFAULT_TARGET : request.targetScore();
        game.questionMs = seconds * 1000;
        game.createdAt = now();
        game.lastActivityAt = game.createdAt;
        games.persist(game);
        games.flush(); // a concurrent start in the same room fails here, on the unique active room key
        metrics.started();
        return view(game, now());
    }

    @Transactional
    RoomGameView game(Room room, String gameRef) {
        Instant now = now();
        RoomGame game = resolve(room, gameRef);
        if (roundDue(game, now)) {
            game = lock(game);
            closeIfDue(game, now);
        }
        return view(game, now);
    }

    /** Ends the game without a winner; every player's score still counts on the leaderboards. Ended already: as is. */
    @Transactional
    RoomGameView end(Room room, String gameRef) {
        Instant now = now();
        RoomGame game = lock(resolve(room, gameRef));
        closeIfDue(game, now);
        if (!game.finished()) {
            current(game).filter(r -> !r.closed()).ifPresent(r -> close(r, "game-ended", now));
            finish(game, "ended", now);
        }
        return view(game, now);
    }

    /** The unfinished games idle for longer than {@code quiz.rooms.idle-expiry}, at most {@code limit} of them. */
    @Transactional
    List<String> idleGameIds(int limit) {
        return games.idleSince(now().minus(config.idleExpiry()), limit);
    }

    /**
     * Ends an idle game without a winner, as DELETE does (the scores count): locked and checked again, so a game its
     * bot used meanwhile (on any replica) goes on. Returns whether it ended the game.
     */
    @Transactional
    boolean expire(String gameId) {
        Instant now = now();
        RoomGame game = games.findByIdOptional(gameId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (game == null || game.finished() || !game.lastActivityAt.isBefore(now.minus(config.idleExpiry()))) {
            return false;
        }
        current(game).filter(r -> !r.closed()).ifPresent(r -> close(r, "game-ended", now));
        finish(game, "expired", now);
        return true;
    }

    /** The next round, or the game when it ended instead (its last round reached the target, or no question is left). */
    record Next(RoomRoundView round, RoomGameView ended) {
    }

    /** Keeps the closing of a round that was due when it then answers 409. */
    @Transactional(dontRollbackOn = ApiException.class)
    Next nextRound(Room room, String gameRef) {
        Instant now = now();
        RoomGame game = lock(resolve(room, gameRef));
        if (game.finished()) {
            throw gameFinished(game);
        }
        closeIfDue(game, now);
        if (game.finished()) {
            return new Next(null, view(game, now));
        }
        RoomRound open = current(game).filter(r -> !r.closed()).orElse(null);
        if (open != null) {
            throw ApiException.conflict("round-open", "Round " + open.number + " (" + open.id + ") is still open until "
                    + deadline(game, open).plus(sessions.grace()) + ", or until every player has answered");
        }
        // No question twice in a game, nor the other form of a fact already asked (one gives the other away).
        Set<String> used = bank.groupsOf(rounds.questionsOf(game.id));
        List<Question> fresh = bank.matching(filter(game)).stream().filter(q -> !used.contains(q.group())).toList();
        if (fresh.isEmpty()) {
            finish(game, "questions-exhausted", now);
            return new Next(null, view(game, now));
        }
        RoomRound round = new RoomRound();
        round.id = UUID.randomUUID().toString();
        round.gameId = game.id;
        round.number = game.rounds + 1;
        Question question = fresh.get(ThreadLocalRandom.current().nextInt(fresh.size()));
        round.questionId = question.id();
        round.optionOrder = OptionOrder.forPlay(question).encode();
        round.servedAt = now;
        rounds.persist(round);
        game.rounds = round.number;
        game.lastActivityAt = now;
        games.flush();
        metrics.served();
        return new Next(roundView(game, round, now), null);
    }

    @Transactional
    RoomRoundView round(Room room, String gameRef, String roundId) {
        Instant now = now();
        RoomGame game = resolve(room, gameRef);
        if (roundDue(game, now)) {
            game = lock(game);
            closeIfDue(game, now);
        }
        return roundView(game, roundOf(game, roundId), now);
    }

    /**
     * Keeps the closing of a round that was due when it then answers 409. A player new to the game joins only if the
     * game has fewer than {@code maxPlayers} (409 {@code room-full}) and {@code newPlayer} (the client's hourly quota)
     * lets it.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    RoomAnswerResult answer(Room room, String gameRef, String roundId, RoomAnswerRequest request, int maxPlayers,
            Runnable newPlayer) {
        Instant now = now();
        RoomGame game = lock(resolve(room, gameRef));
        RoomRound round = roundOf(game, roundId);
        String playerId = room.player(request.playerId());
        RoomAnswer previous = answers.find(round.id, playerId);
        if (previous != null) {
            boolean retry = request.requestId() != null ? request.requestId().equals(previous.requestId)
                    : request.choice() == previous.choice;
            if (!retry) {
                throw ApiException.conflict("already-answered", "Player '" + playerId + "' has already answered this"
                        + " round differently");
            }
            closeIfDue(game, now); // a retry after the deadline is told the result, as the round view is
            return RoomAnswerResult.of(previous, round.closed());
        }
        closeIfDue(game, now);
        if (game.finished()) {
            throw gameFinished(game);
        }
        if (round.number != game.rounds) {
            throw ApiException.conflict("round-closed", "Round " + round.number + " is over: the game is at round " + game.rounds);
        }
        Question question = bank.drawn(round.questionId);
        if (request.choice() >= question.options().size()) {
            throw ApiException.badRequest("choice " + request.choice() + " is out of range: this question has options"
                    + " 0 to " + (question.options().size() - 1));
        }
        RoomPlayer player = players.find(game.id, playerId);
        if (player == null) {
            if (players.count("gameId", game.id) >= maxPlayers) {
                throw ApiException.conflict("room-full", "Game " + game.number + " of room '" + localKey(game)
                        + "' has " + maxPlayers + " players, the most a game may have: player '"
                        + request.playerId() + "' may join the room's next game");
            }
            RoomGame other = players.otherOpenGame(playerId, game.id).orElse(null);
            if (other != null) { // one game at a time (review round 2, H2): no farming of many solo games at once
                throw ApiException.conflict("player-in-another-game", "Player '" + request.playerId() + "' is in game "
                        + other.number + " of room '" + localKey(other) + "', which is not finished: a player plays"
                        + " one room game at a time");
            }
            newPlayer.run(); // the client's hourly quota of players added to room games (429 past it)
            player = new RoomPlayer();
            player.gameId = game.id;
            player.playerId = playerId;
            player.joinedRound = round.number;
            player.joinedAt = now;
            player.displayName = DisplayNames.normalize(request.displayName()); // persist() takes this state
            players.persist(player);
        } else {
            player.displayName = DisplayNames.normalize(request.displayName()); // names may change between rounds
        }
        int bankChoice = OptionOrder.decode(round.optionOrder, question).toBank(request.choice()); // the bank's order
        RoomAnswer answer = new RoomAnswer();
        answer.roundId = round.id;
        answer.playerId = playerId;
        answer.choice = request.choice();
        answer.requestId = request.requestId();
        answer.answeredAt = now;
        answer.elapsedMs = Duration.between(round.servedAt, now).toMillis();
        answer.late = round.closed();
        if (!answer.late) {
            var outcome = RoomRules.score(bankChoice == question.correctIndex(), answer.elapsedMs, sessions.timeLimit().toMillis(),
                    sessions.grace().toMillis(), question.options().size());
            answer.correct = outcome.correct();
            answer.points = outcome.points();
            answer.firstCorrect = answer.correct && round.firstCorrectPlayerId == null;
            if (answer.firstCorrect) {
                round.firstCorrectPlayerId = playerId;
            }
            if (answer.correct) {
                fairPlay.answeredCorrectly(playerId, "room:" + game.id, question, answer.elapsedMs, now);
            }
        }
        answers.persist(answer);
        game.lastActivityAt = now;
        if (answer.late) {
            // the round is closed, its answer revealed to everybody: it counts in the public stats at once
            plays.record(question.id(), bankChoice, bankChoice == question.correctIndex());
        }
        player.answered++;
        player.score += answer.correct ? 1 : 0;
        player.points += answer.points;
        metrics.answered(answer);
        answers.flush();
        if (!round.closed()) {
            List<String> joinedBefore = players.ofGame(game.id).stream().filter(p -> p.joinedRound < round.number)
                    .map(p -> p.playerId).toList();
            Set<String> answered = new HashSet<>(answers.ofRound(round.id).stream().map(a -> a.playerId).toList());
            if (RoomRules.everyoneAnswered(joinedBefore, answered)) {
                close(round, "all-answered", now);
                finishIfTargetReached(game, now);
            }
        }
        games.flush();
        return RoomAnswerResult.of(answer, round.closed());
    }

    /** Closes the game's current round if its deadline plus the grace has passed; the game may end with it. */
    private void closeIfDue(RoomGame game, Instant now) {
        if (game.finished()) {
            return;
        }
        RoomRound open = current(game).filter(r -> !r.closed()).orElse(null);
        if (open != null && RoomRules.dueToClose(open.servedAt, game.questionMs, sessions.grace(), now)) {
            Instant at = RoomRules.closesAt(open.servedAt, game.questionMs, sessions.grace());
            close(open, "deadline", at);
            finishIfTargetReached(game, at);
        }
    }

    private boolean roundDue(RoomGame game, Instant now) {
        if (game.finished() || game.rounds == 0) {
            return false;
        }
        return current(game).filter(r -> !r.closed())
                .map(r -> RoomRules.dueToClose(r.servedAt, game.questionMs, sessions.grace(), now)).orElse(false);
    }

    /**
     * Closes a round. Its answers enter the public per-question stats only now, when the round's answer is revealed to
     * everybody: while it is open, the stats would tell the other players what was answered.
     */
    private void close(RoomRound round, String reason, Instant at) {
        round.closedAt = at;
        round.closeReason = reason;
        Question question = bank.find(round.questionId).orElse(null);
        if (question == null) {
            return;
        }
        OptionOrder order = OptionOrder.decode(round.optionOrder, question);
        for (RoomAnswer a : answers.ofRound(round.id)) {
            int bankChoice = order.toBank(a.choice);
            plays.record(question.id(), bankChoice, bankChoice == question.correctIndex());
        }
    }

    private void finishIfTargetReached(RoomGame game, Instant at) {
        if (RoomRules.targetReached(tallies(players.ofGame(game.id)), game.targetScore)) {
            finish(game, "target-reached", at);
        }
    }

    /**
     * The one place a game becomes finished, in the transaction that holds its row lock: it frees the room, marks the
     * winners (none when ended by DELETE) and counts every player's game on the leaderboards, which refuse to count a
     * game twice.
     */
    private void finish(RoomGame game, String reason, Instant at) {
        game.finishedAt = at;
        game.endReason = reason;
        game.activeRoomKey = null;
        List<RoomPlayer> all = players.ofGame(game.id);
        Set<String> winners = "ended".equals(reason) || "expired".equals(reason) ? Set.of()
                : new HashSet<>(RoomRules.winners(tallies(all)));
        // Review round 2, H2: a game counts on the boards only with enough players who answered, and a win there
        // only in a game with a real target; the game's own result (its winners) stands either way.
        // Review round 2, M2: a game narrowed by category or difficulty counts on no board, as sessions.
        boolean counts = all.stream().filter(p -> p.answered > 0).count() >= config.minPlayersToCount()
                && filter(game).ranked();
        boolean winCounts = game.targetScore >= config.minTargetForWin();
        List<FinishedGame> finished = new ArrayList<>(all.size());
        Map<String, List<RoomAnswer>> answersByPlayer = new HashMap<>();
        answers.ofGame(game.id).forEach(a -> answersByPlayer.computeIfAbsent(a.playerId, k -> new ArrayList<>()).add(a));
        for (RoomPlayer p : all) { // in player order, as recordGames asks
            List<RoomAnswer> own = answersByPlayer.getOrDefault(p.playerId, List.of());
            fairPlay.finished(p.playerId, "room:" + game.id, own.size(),
                    own.stream().filter(a -> a.correct).map(a -> a.elapsedMs).toList(), at);
            p.winner = winners.contains(p.playerId);
            finished.add(new FinishedGame("room:" + game.id + ":" + p.playerId, p.playerId, p.displayName,
                    game.filmId, game.community, p.points, p.score, game.rounds - p.joinedRound + 1, game.rounds,
                    p.winner && winCounts, at));
        }
        if (counts) {
            leaderboards.recordGames(finished);
        }
        metrics.finished();
    }

    /**
     * The game as everybody may see it. While a round is open, the standings leave out its answers: a player's points
     * moving would tell the others who answered it right before it closes.
     */
    private RoomGameView view(RoomGame game, Instant now) {
        Map<String, RoomPlayer> all = byId(players.ofGame(game.id));
        RoomRound open = game.finished() ? null : current(game).filter(r -> !r.closed()).orElse(null);
        Map<String, RoomAnswer> hidden = new HashMap<>();
        if (open != null) {
            answers.ofRound(open.id).forEach(a -> hidden.put(a.playerId, a));
        }
        Map<String, RoomRules.Tally> shown = new LinkedHashMap<>();
        Map<String, Integer> answeredShown = new HashMap<>();
        for (RoomPlayer p : all.values()) {
            RoomAnswer a = hidden.get(p.playerId);
            int score = p.score - (a != null && a.correct ? 1 : 0);
            int points = p.points - (a != null ? a.points : 0);
            shown.put(p.playerId, new RoomRules.Tally(p.playerId, score, points));
            answeredShown.put(p.playerId, p.answered - (a != null ? 1 : 0));
        }
        List<RoomRules.Tally> ranked = shown.values().stream().sorted(RoomRules.RANKING).toList();
        List<Integer> ranks = RoomRules.ranks(ranked);
        List<RoomGameView.PlayerScore> scores = new ArrayList<>();
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            RoomRules.Tally t = ranked.get(i);
            RoomPlayer p = all.get(t.playerId());
            scores.add(new RoomGameView.PlayerScore(ranks.get(i), p.playerId, p.displayName, t.score(), t.points(),
                    answeredShown.get(p.playerId), p.winner));
            if (p.winner) {
                winners.add(p.playerId);
            }
        }
        RoomGameView.CurrentRound currentRound = current(game).map(r -> new RoomGameView.CurrentRound(r.id, r.number,
                !r.closed(), deadline(game, r))).orElse(null);
        return new RoomGameView(game.id, localKey(game), game.number, game.filmId, game.category, game.difficulty,
                game.community, game.targetScore, game.questionMs / 1000, game.rounds, currentRound, game.finished(),
                game.endReason, winners, scores, game.createdAt, game.finishedAt);
    }

    private RoomRoundView roundView(RoomGame game, RoomRound round, Instant now) {
        Question question = bank.drawn(round.questionId);
        boolean closed = round.closed();
        List<RoomRoundView.Answer> list = new ArrayList<>();
        Map<String, RoomPlayer> all = byId(players.ofGame(game.id)); // one query, not one per answer
        for (RoomAnswer a : answers.ofRound(round.id)) {
            RoomPlayer p = all.get(a.playerId);
            list.add(closed
                    ? new RoomRoundView.Answer(a.playerId, p.displayName, a.elapsedMs, a.choice, a.correct, a.late,
                            a.points, a.firstCorrect)
                    : new RoomRoundView.Answer(a.playerId, p.displayName, a.elapsedMs, null, null, null, null, null));
        }
        Instant deadline = deadline(game, round);
        OptionOrder order = OptionOrder.decode(round.optionOrder, question);
        return new RoomRoundView(round.id, game.id, round.number,
                QuestionView.served(question, round.id, order, game.filmId != null),
                round.servedAt, deadline, closed ? 0 : Math.max(0, Duration.between(now, deadline).toMillis()), closed,
                round.closeReason, closed ? order.toShown(question.correctIndex()) : null,
                closed ? question.correctAnswer() : null, closed ? question.explanation() : null,
                closed ? question.citations() : null, closed ? question.id() : null,
                closed ? round.firstCorrectPlayerId : null, list, game.finished());
    }

    private static Map<String, RoomPlayer> byId(List<RoomPlayer> all) {
        Map<String, RoomPlayer> byId = new LinkedHashMap<>();
        all.forEach(p -> byId.put(p.playerId, p));
        return byId;
    }

    private static List<RoomRules.Tally> tallies(List<RoomPlayer> all) {
        return all.stream().map(p -> new RoomRules.Tally(p.playerId, p.score, p.points)).toList();
    }

    /**
     * The room's latest game ({@code current}) or one of its games by id. Another client's room is just a room of
     * this client with no game: 404, and nothing says it exists.
     */
    private RoomGame resolve(Room room, String gameRef) {
        if (CURRENT.equals(gameRef)) {
            return games.latest(room.stored()).orElseThrow(() -> new ApiException(404, "not-found", "Not Found",
                    "Room '" + room.key() + "' has no game: start one with POST /api/v1/rooms/" + room.key() + "/games"));
        }
        RoomGame game = games.findById(gameRef);
        if (game == null || !game.roomKey.equals(room.stored())) {
            throw ApiException.notFound("Game", gameRef);
        }
        return game;
    }

    /** The room's key as its client named it (stored in the client's namespace). */
    private static String localKey(RoomGame game) {
        return game.roomKey.substring(game.roomKey.indexOf(Caller.NAMESPACE_SEPARATOR) + 1);
    }

    /**
     * The game's row, locked for the rest of the transaction and read again. Entities read before the lock are
     * forgotten first: a query would otherwise hand back their state from before another request changed them.
     */
    private RoomGame lock(RoomGame game) {
        games.getEntityManager().clear();
        return games.findByIdOptional(game.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Game", game.id));
    }

    private RoomRound roundOf(RoomGame game, String roundId) {
        RoomRound round = rounds.findById(roundId);
        if (round == null || !round.gameId.equals(game.id)) {
            throw ApiException.notFound("Round", roundId);
        }
        return round;
    }

    private Optional<RoomRound> current(RoomGame game) {
        return game.rounds == 0 ? Optional.empty() : rounds.numbered(game.id, game.rounds);
    }

    private static Instant deadline(RoomGame game, RoomRound round) {
        return round.servedAt.plusMillis(game.questionMs);
    }

    private static QuestionFilter filter(RoomGame game) {
        return QuestionFilter.parse(game.filmId, game.category, game.difficulty, null);
    }


    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }


    private static ApiException gameInProgress(Room room) {
        return ApiException.conflict("game-in-progress", "Room '" + room.key() + "' already has a game in progress: end it"
                + " with DELETE /api/v1/rooms/" + room.key() + "/games/current");
    }

    private static ApiException gameFinished(RoomGame game) {
        return ApiException.conflict("game-finished", "Game " + game.number + " of room '" + localKey(game)
                + "' is finished (" + game.endReason + ")");
    }
}
