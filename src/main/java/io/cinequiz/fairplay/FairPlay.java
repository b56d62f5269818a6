package io.cinequiz.fairplay;

import io.cinequiz.question.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Flags implausible play in the transaction that scores it, for moderators (the {@code moderation} scope lists the
 * flags); the answers and games count all the same. Called by the session and room services.
 */
@ApplicationScoped
public class FairPlay {

    private final FairPlayFlagRepository flags;
    private final FairPlayRules rules;

    FairPlay(FairPlayFlagRepository flags, FairPlayConfig config) {
        this.flags = flags;
        this.rules = FairPlayRules.of(config);
    }

    /** A correct answer: flagged when it came faster than the question can be read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answeredCorrectly(String playerId, String gameId, Question question, long elapsedMillis, Instant at) {
        if (rules.tooFast(question, elapsedMillis)) {
            flag(playerId, "too-fast", gameId, question.id(), elapsedMillis, String.format(Locale.ROOT,
                    "Correct after %d ms; reading the question and its options takes at least %d ms", elapsedMillis,
                    rules.readingMillis(question)), at);
        }
    }

    /** A finished game: flagged when its accuracy and speed are implausible together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(String playerId, String gameId, int answered, List<Long> correctMillis, Instant at) {
        if (rules.implausible(answered, correctMillis)) {
            flag(playerId, "implausible", gameId, null, FairPlayRules.median(correctMillis), String.format(Locale.ROOT,
                    "%d of %d right with a median of %d ms per correct answer", correctMillis.size(), answered,
                    FairPlayRules.median(correctMillis)), at);
        }
    }

    /** Deletes up to {@code batch} flags made before {@code cutoff}; returns how many. */
    @Transactional
    public int purgeOlderThan(Instant cutoff, int batch) {
        List<Long> ids = flags.getEntityManager().createQuery("select f.id from FairPlayFlag f where f.createdAt < ?1",
                Long.class).setParameter(1, cutoff).setMaxResults(batch).getResultList();
        if (!ids.isEmpty()) {
            flags.delete("id in ?1", ids);
        }
        return ids.size();
    }

    private void flag(String playerId, String kind, String gameId, String questionId, Long elapsedMillis,
            String detail, Instant at) {
        FairPlayFlag flag = new FairPlayFlag();
        flag.playerId = playerId;
        flag.kind = kind;
        flag.gameId = gameId;
        flag.questionId = questionId;
        flag.elapsedMs = elapsedMillis;
        flag.detail = detail;
        flag.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        flags.persist(flag);
    }
}
