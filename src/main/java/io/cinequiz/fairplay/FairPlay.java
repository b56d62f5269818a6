package io.cinequiz.fairplay;

import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.cinequiz.question.QuestionPlays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Flags implausible play in the transaction that scores it, for moderators (the {@code moderation} scope lists the
 * flags); the answers and games count all the same. Called by the session and room services.
 */
@ApplicationScoped
public class FairPlay {

    private final FairPlayFlagRepository flags;
    private final FairPlayRules rules;
    private final AccuracyRule accuracy;
    private final int window;
    private final Instance<AnswerHistory> histories;
    private final QuestionBank bank;
    private final QuestionPlays plays;

    FairPlay(FairPlayFlagRepository flags, FairPlayConfig config, Instance<AnswerHistory> histories, QuestionBank bank,
            QuestionPlays plays) {
        this.flags = flags;
        this.rules = FairPlayRules.of(config);
        this.accuracy = AccuracyRule.of(config);
        this.window = config.accuracyWindow();
        this.histories = histories;
        this.bank = bank;
        this.plays = plays;
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

    /**
     * A finished game: flagged {@code implausible} when its accuracy and speed are implausible together, and
     * {@code accuracy} when the player's latest answers (this game's and before, in sessions and room games) are more
     * often right than an honest strong player would manage on those questions, whatever the speed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(String playerId, String gameId, int answered, List<Long> correctMillis, Instant at) {
        if (rules.implausible(answered, correctMillis)) {
            flag(playerId, "implausible", gameId, null, FairPlayRules.median(correctMillis), String.format(Locale.ROOT,
                    "%d of %d right with a median of %d ms per correct answer", correctMillis.size(), answered,
                    FairPlayRules.median(correctMillis)), at);
        }
        if (answered > 0) {
            AccuracyRule.Verdict verdict = accuracyOf(playerId);
            if (verdict.flagged()) {
                FairPlayFlag flag = newFlag(playerId, "accuracy", gameId, null, null, String.format(Locale.ROOT,
                        "%d of the latest %d answers right, where honest play predicts %.1f (a strong player %.1f):"
                                + " a strong player does as well with probability %.1e (flagged below %.0e)",
                        verdict.correct(), verdict.answers(), verdict.expected(), verdict.expectedStrong(),
                        verdict.tail(), accuracy.threshold()), at);
                flag.answers = verdict.answers();
                flag.correctAnswers = verdict.correct();
                flag.expectedCorrect = Math.round(verdict.expected() * 10) / 10.0;
                flag.tailProbability = verdict.tail();
                flags.persist(flag);
            }
        }
    }

    /** The accuracy rule's verdict on the player's latest answers (up to the window), over every kind of play. */
    AccuracyRule.Verdict accuracyOf(String playerId) {
        List<AnswerHistory.Answered> latest = new ArrayList<>();
        for (AnswerHistory history : histories) {
            latest.addAll(history.latest(playerId, window));
        }
        if (latest.size() < accuracy.minAnswers()) {
            return new AccuracyRule.Verdict(latest.size(), 0, 0, 0, 1, false);
        }
        latest.sort(Comparator.comparing(AnswerHistory.Answered::at).reversed());
        List<AnswerHistory.Answered> judged = latest.subList(0, Math.min(window, latest.size()));
        Map<String, QuestionPlays.Tally> tallies = plays.tallies(judged.stream()
                .map(AnswerHistory.Answered::questionId).distinct().toList());
        List<AccuracyRule.Answer> answers = new ArrayList<>(judged.size());
        for (AnswerHistory.Answered a : judged) {
            Question q = bank.find(a.questionId()).orElse(null);
            if (q == null) {
                continue; // a question no longer in the bank: nothing to judge it by
            }
            QuestionPlays.Tally t = tallies.getOrDefault(q.id(), new QuestionPlays.Tally(0, 0));
            answers.add(new AccuracyRule.Answer(accuracy.chance(q, t.answers(), t.correct()).p(), a.correct()));
        }
        return accuracy.judge(answers);
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
        flags.persist(newFlag(playerId, kind, gameId, questionId, elapsedMillis, detail, at));
    }

    private static FairPlayFlag newFlag(String playerId, String kind, String gameId, String questionId,
            Long elapsedMillis, String detail, Instant at) {
        FairPlayFlag flag = new FairPlayFlag();
        flag.playerId = playerId;
        flag.kind = kind;
        flag.gameId = gameId;
        flag.questionId = questionId;
        flag.elapsedMs = elapsedMillis;
        flag.detail = detail;
        flag.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        return flag;
    }
}
