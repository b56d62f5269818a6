package io.cinequiz.fairplay;

import io.cinequiz.question.Question;
import java.util.List;

/**
 * What counts as implausible play, without a database. The facts are public (they are the product), so a program can
 * match a question's text against them and answer at once; no rule can tell it from a quick expert for sure, so these
 * only flag: an answer given faster than the question and its options can be read, and a game answered both nearly
 * all right and faster than people read.
 */
final class FairPlayRules {

    private final long baseMillis;
    private final long perCharacterMillis;
    private final int minAnswers;
    private final double accuracy;
    private final long medianMillis;

    FairPlayRules(long baseMillis, long perCharacterMillis, int minAnswers, double accuracy, long medianMillis) {
        this.baseMillis = baseMillis;
        this.perCharacterMillis = perCharacterMillis;
        this.minAnswers = minAnswers;
        this.accuracy = accuracy;
        this.medianMillis = medianMillis;
    }

    static FairPlayRules of(FairPlayConfig config) {
        return new FairPlayRules(config.readingBase().toMillis(), config.readingPerCharacter().toMillis(),
                config.implausibleMinAnswers(), config.implausibleAccuracy(), config.implausibleMedian().toMillis());
    }

    /** The least time in which a person reads the question and its options. */
    long readingMillis(Question q) {
        int characters = q.shortStem().length() + q.options().stream().mapToInt(String::length).sum();
        return baseMillis + perCharacterMillis * characters;
    }

    /** Whether a correct answer came faster than the question can be read. */
    boolean tooFast(Question q, long elapsedMillis) {
        return elapsedMillis < readingMillis(q);
    }

    /** Whether a game of {@code answered} questions with these times of correct answers is implausible. */
    boolean implausible(int answered, List<Long> correctMillis) {
        if (answered < minAnswers || correctMillis.isEmpty() || correctMillis.size() < accuracy * answered) {
            return false;
        }
        return median(correctMillis) < medianMillis;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
