package io.cinequiz.fairplay;

import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionType;
import java.util.List;

/**
 * Whether a player's accuracy is implausible for the questions they got, whatever their speed, without a database.
 *
 * <p>Each answered question has a chance {@code p} that an honest player gets it right: the share of right answers it
 * drew in play once it has {@code observedMinPlays} answers, else a prior from its difficulty label and form
 * ({@link #prior}), the observed share held within {@code maxShift} of the prior. Neither is ever below pure chance (1/2 for true/false, 1/4 for four options). An honest <em>strong</em>
 * player knows part of what the average player misses: {@code p + skill x (1 - p)}. The number of right answers of an
 * honest strong player then follows a Poisson-binomial law (a sum of independent yes/no trials with those chances);
 * the rule computes exactly the probability of doing at least as well as the player did, and flags the player when
 * it is below {@code tail}, over at least {@code minAnswers} answers. A handful of lucky answers moves that probability
 * little; a run of dozens of right answers on questions most players miss moves it a lot.
 */
final class AccuracyRule {

    /** The chance of an average honest player to get one question right, and whether it was observed in play. */
    record Chance(double p, boolean observed) {
    }

    /** One answer judged: its question's chance, and whether the player got it right. */
    record Answer(double p, boolean correct) {
    }

    /**
     * The rule's figures for a player's answers.
     *
     * @param expected       right answers an average honest player would get
     * @param expectedStrong right answers an honest strong player would get
     * @param tail           the probability that an honest strong player gets at least {@code correct} right
     * @param flagged        whether the tail is below the threshold over enough answers
     */
    record Verdict(int answers, int correct, double expected, double expectedStrong, double tail, boolean flagged) {
    }

    private final int minAnswers;
    private final double skill;
    private final double threshold;
    private final int observedMinPlays;
    private final double easy;
    private final double medium;
    private final double hard;
    private final double maxShift;

    AccuracyRule(int minAnswers, double skill, double threshold, int observedMinPlays, double easy, double medium,
            double hard, double maxShift) {
        this.maxShift = maxShift;
        this.minAnswers = minAnswers;
        this.skill = skill;
        this.threshold = threshold;
        this.observedMinPlays = observedMinPlays;
        this.easy = easy;
        this.medium = medium;
        this.hard = hard;
    }

    static AccuracyRule of(FairPlayConfig c) {
        return new AccuracyRule(c.accuracyMinAnswers(), c.accuracySkill(), c.accuracyTail(), c.observedMinPlays(),
                c.priorKnowledgeEasy(), c.priorKnowledgeMedium(), c.priorKnowledgeHard(), c.observedMaxShift());
    }

    int minAnswers() {
        return minAnswers;
    }

    double threshold() {
        return threshold;
    }

    /** Pure chance: 1/2 for true/false, 1 / (number of options) otherwise. */
    static double guess(Question q) {
        return q.type() == QuestionType.BOOLEAN ? 0.5 : 1.0 / q.options().size();
    }

    /**
     * The prior chance by difficulty label and form: chance plus the share of players who know the answer
     * ({@code quiz.fair-play.prior-knowledge-*}) times what chance leaves. With the defaults (0.5, 0.3, 0.15): four
     * options 0.625, 0.475, 0.36; true/false 0.75, 0.65, 0.575.
     */
    double prior(Question q) {
        double knows = switch (q.difficulty()) {
            case EASY -> easy;
            case MEDIUM -> medium;
            case HARD -> hard;
        };
        double guess = guess(q);
        return guess + knows * (1 - guess);
    }

    /**
     * The chance of an honest player on {@code q}, which drew {@code plays} answers in play, {@code right} of them right.
     * The observed share moves the chance at most {@code maxShift} away from the prior, either way (review round 2, H1):
     * anyone with enough players can write the public share, up to make a cheater look ordinary, or down to make an
     * honest player look too good, so play only corrects the prior a little and never replaces it.
     */
    Chance chance(Question q, long plays, long right) {
        if (plays >= observedMinPlays && plays > 0) {
            double prior = prior(q);
            double observed = Math.min(prior + maxShift, Math.max(prior - maxShift, (double) right / plays));
            return new Chance(Math.min(1, Math.max(guess(q), observed)), true);
        }
        return new Chance(prior(q), false);
    }

    Verdict judge(List<Answer> answers) {
        double[] strong = new double[answers.size()];
        double expected = 0;
        double expectedStrong = 0;
        int correct = 0;
        for (int i = 0; i < strong.length; i++) {
            Answer a = answers.get(i);
            strong[i] = Math.min(1, a.p() + skill * (1 - a.p()));
            expected += a.p();
            expectedStrong += strong[i];
            correct += a.correct() ? 1 : 0;
        }
        double tail = atLeast(strong, correct);
        return new Verdict(answers.size(), correct, expected, expectedStrong, tail,
                answers.size() >= minAnswers && tail < threshold);
    }

    /**
     * The probability that independent trials with chances {@code p} give at least {@code k} successes (the upper tail
     * of the Poisson-binomial law), exactly, by the usual recurrence over the trials: O(n²) for n trials.
     */
    static double atLeast(double[] p, int k) {
        if (k <= 0) {
            return 1;
        }
        if (k > p.length) {
            return 0;
        }
        double[] dist = new double[p.length + 1]; // dist[j]: probability of j successes so far
        dist[0] = 1;
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j >= 1; j--) {
                dist[j] = dist[j] * (1 - p[i]) + dist[j - 1] * p[i];
            }
            dist[0] *= 1 - p[i];
        }
        double tail = 0;
        for (int j = p.length; j >= k; j--) {
            tail += dist[j];
        }
        return Math.min(1, tail);
    }
}
