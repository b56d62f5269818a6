package io.cinequiz.opentdb;

import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.session.QuizClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions and session tokens of the OpenTDB-compatible API. Tokens live in the database, so every replica knows
 * them; a token's row is locked while it serves, so parallel requests with one token never share a question.
 */
@ApplicationScoped
class OpenTdbService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuestionBank bank;
    private final TokenRepository tokens;
    private final QuizClock clock;
    private final OpenTdbConfig config;

    OpenTdbService(QuestionBank bank, TokenRepository tokens, QuizClock clock, OpenTdbConfig config) {
        this.bank = bank;
        this.tokens = tokens;
        this.clock = clock;
        this.config = config;
    }

    /** A response code and, on success, exactly {@code amount} questions: never a partial batch. */
    record Batch(int responseCode, List<Question> questions) {
    }

    /** Questions without a token: from memory, no transaction. */
    Batch questions(TriviaQuery query) {
        List<Question> pool = bank.matching(query);
        return QuestionBank.groups(pool) < query.amount() ? new Batch(OpenTdbResponses.NO_RESULTS, List.of())
                : new Batch(OpenTdbResponses.SUCCESS, QuestionBank.draw(pool, Set.of(), query.amount(), RANDOM));
    }

    /** Questions the token has not served yet, marked served in the same transaction. */
    @Transactional
    Batch questions(TriviaQuery query, String token) {
        Optional<Token> found = live(token.trim());
        if (found.isEmpty()) {
            return new Batch(OpenTdbResponses.TOKEN_NOT_FOUND, List.of());
        }
        List<Question> pool = bank.matching(query);
        if (QuestionBank.groups(pool) < query.amount()) {
            return new Batch(OpenTdbResponses.NO_RESULTS, List.of());
        }
        Token t = found.get();
        // What the token served, and the other form of each fact it served: one would give the other away.
        Set<String> served = bank.groupsOf(tokens.served(t.token));
        List<Question> fresh = pool.stream().filter(q -> !served.contains(q.group())).toList();
        if (QuestionBank.groups(fresh) < query.amount()) {
            return new Batch(OpenTdbResponses.TOKEN_EMPTY, List.of());
        }
        List<Question> chosen = QuestionBank.draw(fresh, Set.of(), query.amount(), RANDOM);
        tokens.markServed(t.token, chosen.stream().map(Question::id).toList());
        t.lastUsedAt = clock.now();
        return new Batch(OpenTdbResponses.SUCCESS, chosen);
    }

    @Transactional
    String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Token t = new Token();
        t.token = HexFormat.of().formatHex(bytes);
        t.createdAt = clock.now();
        t.lastUsedAt = t.createdAt;
        tokens.persist(t);
        return t.token;
    }

    /** Forgets what the token served; false if there is no such live token. */
    @Transactional
    boolean reset(String token) {
        Optional<Token> found = token == null ? Optional.empty() : live(token.trim());
        found.ifPresent(t -> {
            tokens.forgetServed(t.token);
            t.lastUsedAt = clock.now();
        });
        return found.isPresent();
    }

    @Transactional
    long expireIdle() {
        return tokens.deleteIdleSince(idleCutoff());
    }

    /** The token, locked, unless it does not exist or has been idle too long. */
    private Optional<Token> live(String token) {
        return tokens.locked(token).filter(t -> !t.lastUsedAt.isBefore(idleCutoff()));
    }

    private Instant idleCutoff() {
        return clock.now().minus(config.tokenIdleExpiry());
    }
}
