package io.cinequiz.session;

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
import io.cinequiz.ratelimit.Quotas;
import io.cinequiz.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Quiz sessions: creating them, serving their questions against the clock, scoring answers exactly once, and
 * summing up. Every method runs in one transaction; the session row's version makes concurrent changes conflict
 * (see {@link SessionResource}, which retries them), so a retried or parallel answer is never scored twice.
 */
@ApplicationScoped
class SessionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DEFAULT_AMOUNT = 10;
    /**
     * How stale {@code lastActivityAt} may be. It only decides expiry (hours), and it is indexed: rewriting it on every
     * call would rewrite its index entry on every answer, a large part of an answer's durable write.
     */
    private static final Duration ACTIVITY_RESOLUTION = Duration.ofMinutes(1);

    private final QuizSessionRepository sessions;
    private final SessionQuestionRepository sessionQuestions;
    private final ServedQuestionRepository served;
    private final QuestionBank bank;
    private final Catalog catalog;
    private final QuizClock clock;
    private final SessionsConfig config;
    private final SessionMetrics metrics;
    private final Leaderboards leaderboards;
    private final FairPlay fairPlay;
    private final Quotas quotas;
    private final QuestionPlays plays;

    SessionService(QuizSessionRepository sessions, SessionQuestionRepository sessionQuestions,
            ServedQuestionRepository served, QuestionBank bank, Catalog catalog, QuizClock clock, SessionsConfig config,
            SessionMetrics metrics, Leaderboards leaderboards, FairPlay fairPlay, Quotas quotas, QuestionPlays plays) {
        this.sessions = sessions;
        this.sessionQuestions = sessionQuestions;
        this.served = served;
        this.bank = bank;
        this.catalog = catalog;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
        this.leaderboards = leaderboards;
        this.fairPlay = fairPlay;
        this.quotas = quotas;
        this.plays = plays;
    }

    /**
     * A new session of {@code playerId} (a full player id: the caller's, see {@link io.cinequiz.security.Caller}), in
     * {@code community} (a full community id, or null).
     */
    @Transactional
    SessionCreated create(String playerId, String community, CreateSessionRequest request) {
        QuestionFilter filter = QuestionFilter.parse(request.film(), request.category(), request.difficulty(),
                request.type());
        if (filter.film() != null) {
            catalog.require(filter.film());
        }
        List<Question> pool = bank.requireMatching(filter);
        Instant now = clock.now();
        List<String> open = sessions.openOf(playerId);
        for (int i = 0; i <= open.size() - quotas.openSessionsPerPlayer(); i++) {
            // the player's oldest: ended as by finish, its unshown questions back in the pool before drawing
            sessions.findByIdOptional(open.get(i), LockModeType.PESSIMISTIC_WRITE).ifPresent(s -> end(s, now));
        }
        // A fact served to the player in one form is not served again in the other: its group counts as served.
        Set<String> seen = bank.groupsOf(served.servedTo(playerId));
        List<Question> fresh = pool.stream().filter(q -> !seen.contains(q.group())).toList();
        if (fresh.isEmpty()) {
            throw new ApiException(409, "pool-exhausted", "Question pool exhausted", "All " + QuestionBank.groups(pool)
                    + " facts asked by the " + pool.size() + " questions matching this filter have been served to"
                    + " player '" + playerId + "'. Reset with DELETE /api/v1/players/" + playerId
                    + "/history, or widen the filter.");
        }
        List<Question> chosen = QuestionBank.draw(fresh, Set.of(),
                request.amount() == null ? DEFAULT_AMOUNT : request.amount(), RANDOM);
        String token = Secrets.newSecret(Secrets.SESSION_TOKEN);
        QuizSession session = new QuizSession();
        session.id = UUID.randomUUID().toString();
        session.tokenHash = Secrets.hash(token);
        session.playerId = playerId;
        session.displayName = DisplayNames.normalize(request.displayName());
        session.community = community;
        session.filmId = filter.film();
        session.ranked = filter.ranked();
        session.timeLimitMs = (int) config.timeLimit().toMillis();
        session.total = chosen.size();
        session.createdAt = now;
        session.lastActivityAt = now;
        sessions.persist(session);
        for (int i = 0; i < chosen.size(); i++) {
            SessionQuestion sq = new SessionQuestion();
            sq.sessionId = session.id;
            sq.position = i;
            sq.questionId = chosen.get(i).id();
            sq.playId = Secrets.random(12);
            sq.optionOrder = OptionOrder.forPlay(chosen.get(i)).encode();
            sessionQuestions.persist(sq);
            ServedQuestion s = new ServedQuestion();
            s.playerId = playerId;
            s.questionId = chosen.get(i).id();
            s.servedAt = now;
            served.persist(s);
        }
        sessions.flush();
        return new SessionCreated(session.id, token, session.playerId, session.displayName, session.filmId,
                session.total, session.timeLimitMs / 1000, session.ranked);
    }

    /** Keeps what it changed when it answers 409 after timing out the last question: that ends the session. */
    @Transactional(dontRollbackOn = ApiException.class)
    NextQuestion next(String id, String token) {
        QuizSession session = authorized(id, token);
        if (session.finished()) {
            throw finished(session);
        }
        Instant now = clock.now();
        SessionQuestion current = currentQuestion(session);
        if (current != null && current.servedAt != null && !current.answered() && now.isAfter(lateAfter(session, current))) {
            record(session, current, Scoring.timeout(), null, null, now);
            current = currentQuestion(session);
        }
        if (current == null) {
            sessions.flush();
            throw finished(session);
        }
        if (current.servedAt == null) {
            current.servedAt = now;
            metrics.served();
        }
        touch(session, now);
        sessions.flush();
        Question question = bank.drawn(current.questionId);
        Instant deadline = current.servedAt.plusMillis(session.timeLimitMs);
        return new NextQuestion(session.id, current.position, session.total,
                QuestionView.served(question, current.playId, OptionOrder.decode(current.optionOrder, question),
                        session.filmId != null), deadline, Math.max(0, Duration.between(now, deadline).toMillis()));
    }

    @Transactional
    AnswerResult answer(String id, String token, AnswerRequest request) {
        QuizSession session = authorized(id, token);
        SessionQuestion current = currentQuestion(session);
        SessionQuestion sq = current != null && current.playId.equals(request.questionId()) ? current
                : sessionQuestions.played(session.id, request.questionId())
                        .orElseThrow(() -> ApiException.conflict("not-current", "Question '" + request.questionId()
                                + "' is not part of this session"));
        Question question = bank.drawn(sq.questionId);
        if (sq.answered()) {
            boolean retry = request.requestId() != null ? request.requestId().equals(sq.requestId)
                    : Objects.equals(request.choice(), sq.choice);
            if (!retry) {
                throw ApiException.conflict("already-answered", "This question has already been answered"
                        + (sq.choice == null ? " (it timed out)" : " with choice " + sq.choice));
            }
            return result(session, sq, question);
        }
        if (session.finished()) {
            throw finished(session);
        }
        if (sq.position != session.currentPosition || sq.servedAt == null) {
            throw ApiException.conflict("not-current", "Only the current question can be answered: get it with GET /api/v1/sessions/"
                    + session.id + "/next");
        }
        if (request.choice() >= question.options().size()) {
            throw ApiException.badRequest("choice " + request.choice() + " is out of range: this question has options 0 to "
                    + (question.options().size() - 1));
        }
        Instant now = clock.now();
        long elapsed = Duration.between(sq.servedAt, now).toMillis();
        int bankChoice = OptionOrder.decode(sq.optionOrder, question).toBank(request.choice()); // as the bank orders them
        Scoring.Outcome outcome = Scoring.score(bankChoice == question.correctIndex(), elapsed, session.timeLimitMs,
                config.grace().toMillis(), session.streak, Scoring.weight(question.options().size()));
        if (outcome.correct()) {
            fairPlay.answeredCorrectly(session.playerId, session.id, question, elapsed, now);
        }
        // counted in the public stats before the game may finish, so that the accuracy rule sees it too
        plays.record(question.id(), bankChoice, bankChoice == question.correctIndex());
        record(session, sq, outcome, request.choice(), request.requestId(), now);
        sessions.flush();
        return result(session, sq, question);
    }

    @Transactional
    SessionSummary summary(String id, String token) {
        return summarize(authorized(id, token));
    }

    /**
     * The reveal of a served question once it is answered or timed out: a question left unanswered past its deadline
     * (and the grace) times out here, as when the next one is asked for. 409 {@code not-answered} while it is open.
     * Keeps the timing out when it answers 409.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    AnswerResult reveal(String id, String token, String questionId) {
        QuizSession session = authorized(id, token);
        SessionQuestion sq = sessionQuestions.played(session.id, questionId).filter(q -> q.servedAt != null)
                .orElseThrow(() -> ApiException.notFound("Question", questionId));
        Instant now = clock.now();
        if (!sq.answered() && sq.position == session.currentPosition && !session.finished()
                && now.isAfter(lateAfter(session, sq))) {
            record(session, sq, Scoring.timeout(), null, null, now);
            sessions.flush();
        }
        if (!sq.answered()) {
            throw ApiException.conflict("not-answered", "Question '" + questionId + "' is still open: answer it, or ask"
                    + " again after its deadline (" + sq.servedAt.plusMillis(session.timeLimitMs) + ")");
        }
        return result(session, sq, bank.drawn(sq.questionId));
    }

    @Transactional
    SessionSummary finish(String id, String token) {
        QuizSession session = authorized(id, token);
        end(session, clock.now());
        return summarize(session);
    }

    /**
     * Ends a session early (its row locked): the question being answered times out, the questions never shown go back
     * to the player's pool, and the game counts. Nothing for a finished session.
     */
    private void end(QuizSession session, Instant now) {
        if (session.finished()) {
            return;
        }
        SessionQuestion current = currentQuestion(session);
        if (current != null && current.servedAt != null) {
            record(session, current, Scoring.timeout(), null, null, now);
        }
        releaseUnshown(session);
        if (!session.finished()) {
            finishGame(session, now);
        }
        session.lastActivityAt = now;
        sessions.flush();
    }

    /** The open sessions idle for longer than the configured time, at most {@code limit} of them. */
    @Transactional
    List<String> idleSessionIds(int limit) {
        return sessions.idleSince(clock.now().minus(config.idleExpiry()), limit);
    }

    /**
     * Ends one idle session: its unanswered questions count as timed out. The row is locked and checked again, so a
     * session its player used meanwhile (on any replica) stays open. Returns whether it ended the session.
     */
    @Transactional
    boolean expire(String id) {
        Instant now = clock.now();
        QuizSession session = sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (session == null || session.finished()
                || !session.lastActivityAt.isBefore(now.minus(config.idleExpiry()))) {
            return false;
        }
        releaseUnshown(session);
        for (SessionQuestion sq : sessionQuestions.ofSession(session.id)) {
            if (!sq.answered()) {
                record(session, sq, Scoring.timeout(), null, null, now);
            }
        }
        if (!session.finished()) {
            finishGame(session, now);
        }
        return true;
    }

    private void record(QuizSession session, SessionQuestion sq, Scoring.Outcome outcome, Integer choice,
            String requestId, Instant now) {
        sq.answeredAt = now;
        sq.choice = choice;
        sq.requestId = requestId;
        sq.correct = outcome.correct();
        sq.timedOut = outcome.timedOut();
        sq.points = outcome.points();
        sq.streak = outcome.streak();
        session.score += outcome.points();
        session.streak = outcome.streak();
        session.correctCount += outcome.correct() ? 1 : 0;
        session.currentPosition = sq.position + 1;
        touch(session, now);
        metrics.recorded(outcome);
        if (session.currentPosition >= session.total) {
            finishGame(session, now);
        }
    }

    /**
     * A session's questions count as served to its player from its creation, so that two sessions never share one.
     * Those never shown, when it ends early or expires, go back to the player's pool.
     */
    private void releaseUnshown(QuizSession session) {
        List<String> unshown = sessionQuestions.ofSession(session.id).stream()
                .filter(sq -> sq.servedAt == null).map(sq -> sq.questionId).toList();
        if (!unshown.isEmpty()) {
            served.release(session.playerId, unshown);
        }
    }

    private static void touch(QuizSession session, Instant now) {
        if (!now.isBefore(session.lastActivityAt.plus(ACTIVITY_RESOLUTION))) {
            session.lastActivityAt = now;
        }
    }

    /**
     * The one place a session becomes finished: in the transaction that holds its row lock, which also counts the game
     * on the leaderboards (they refuse to count one game twice).
     */
    private void finishGame(QuizSession session, Instant now) {
        session.finishedAt = now;
        metrics.finished();
        List<SessionQuestion> answered = sessionQuestions.ofSession(session.id).stream()
                .filter(sq -> sq.servedAt != null && sq.answered()).toList();
        fairPlay.finished(session.playerId, session.id, answered.size(), answered.stream()
                .filter(sq -> Boolean.TRUE.equals(sq.correct))
                .map(sq -> Duration.between(sq.servedAt, sq.answeredAt).toMillis()).toList(), now);
        if (!session.ranked) {
            return; // narrowed by category or difficulty: on no board (attack review round 2, M2)
        }
        leaderboards.recordGame(new FinishedGame(session.id, session.playerId, session.displayName, session.filmId,
                session.community, session.score, session.correctCount, sessionQuestions.servedCount(session.id),
                session.total, false, now));
    }

    private AnswerResult result(QuizSession session, SessionQuestion sq, Question question) {
        return new AnswerResult(Boolean.TRUE.equals(sq.correct), Boolean.TRUE.equals(sq.timedOut),
                OptionOrder.decode(sq.optionOrder, question).toShown(question.correctIndex()), question.correctAnswer(),
                sq.points, sq.streak == null ? 0 : sq.streak, session.score, session.finished(),
                question.explanation(), question.citations(), question.id());
    }

    private SessionSummary summarize(QuizSession session) {
        List<SessionSummary.Result> results = new ArrayList<>();
        int answered = 0;
        for (SessionQuestion sq : sessionQuestions.ofSession(session.id)) {
            boolean done = sq.answered();
            answered += done ? 1 : 0; // questions never served count as timed out once the session expired
            if (sq.servedAt == null) {
                continue; // never served: nothing about it is shown
            }
            Question q = bank.find(sq.questionId).orElse(null);
            results.add(new SessionSummary.Result(sq.position, sq.playId,
                    q == null ? null : (session.filmId != null ? q.shortStem() : q.stem()), sq.choice,
                    done && q != null ? OptionOrder.decode(sq.optionOrder, q).toShown(q.correctIndex()) : null,
                    sq.correct, sq.timedOut, sq.points,
                    done && sq.choice != null ? Duration.between(sq.servedAt, sq.answeredAt).toMillis() : null,
                    done ? sq.questionId : null));
        }
        return new SessionSummary(session.id, session.playerId, session.displayName, session.filmId, session.community,
                session.total, answered, session.score, session.correctCount, session.streak, session.finished(),
                results);
    }

    private SessionQuestion currentQuestion(QuizSession session) {
        return session.currentPosition >= session.total ? null : sessionQuestions.at(session.id, session.currentPosition);
    }

    private Instant lateAfter(QuizSession session, SessionQuestion sq) {
        return sq.servedAt.plusMillis(session.timeLimitMs).plus(config.grace());
    }

    /**
     * The session, after checking the token. The row is locked for the rest of the transaction (SELECT ... FOR
     * UPDATE), so requests on one session run one after the other, on every replica, and each sees the last one's
     * result; the version column still guards any write that slips past.
     */
    private QuizSession authorized(String id, String token) {
        QuizSession session = sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Session", id));
        if (token == null || token.isBlank()) {
            throw new ApiException(401, "unauthorized", "Unauthorized",
                    "This call needs the session's token as 'Authorization: Bearer <token>'");
        }
        if (!Secrets.matches(token, session.tokenHash)) {
            throw new ApiException(403, "forbidden", "Forbidden", "This token does not belong to session " + id);
        }
        return session;
    }



    private static ApiException finished(QuizSession session) {
        return ApiException.conflict("session-finished", "Session " + session.id + " is finished: GET /api/v1/sessions/" + session.id
                + " gives its summary");
    }
}
