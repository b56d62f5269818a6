package io.cinequiz.fairplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.Category;
import io.cinequiz.question.Difficulty;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The accuracy rule: right answers against what the questions' difficulty predicts, whatever the speed. */
class AccuracyRuleTest {

    /**
     * The defaults of quiz.fair-play.*: 30 answers, skill 0.3, tail 1e-5, 30 plays, priors 0.5 / 0.3 / 0.15, observed
     * share within 0.05 of the prior.
     */
    private final AccuracyRule rule = new AccuracyRule(30, 0.3, 1e-5, 30, 0.5, 0.3, 0.15, 0.05);

    /** As the defaults, but play may move a question's chance anywhere (the rule before review round 2's H1). */
    private final AccuracyRule unbounded = new AccuracyRule(30, 0.3, 1e-5, 30, 0.5, 0.3, 0.15, 1);

    private static Question question(Difficulty difficulty, QuestionType type) {
        List<String> options = type == QuestionType.BOOLEAN ? List.of("True", "False") : List.of("a", "b", "c", "d");
        return new Question("q", "film", "fact", Category.values()[0], difficulty, type, "Stem?", "Stem?", options, 0,
                "", List.of(), "person", "fact", List.of(), null, "a", null);
    }

    private static List<AccuracyRule.Answer> answers(double p, int right, int wrong) {
        List<AccuracyRule.Answer> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(right, new AccuracyRule.Answer(p, true)));
        answers.addAll(Collections.nCopies(wrong, new AccuracyRule.Answer(p, false)));
        return answers;
    }

    @Test
    void aPlayerWith48Of50RightOnQuestionsHonestPlayersGetRight55PercentOfTheTimeIsFlagged() {
        AccuracyRule.Verdict v = rule.judge(answers(0.55, 48, 2));
        assertTrue(v.flagged(), "tail " + v.tail());
        assertEquals(50, v.answers());
        assertEquals(48, v.correct());
        assertEquals(27.5, v.expected(), 1e-9);
        assertTrue(v.tail() < 1e-5 && v.tail() > 0);
    }

    @Test
    void simulatedHonestPlayersRightSeventyPercentOfTheTimeOver50AnswersAreNotFlagged() {
        Random random = new Random(16);
        for (int player = 0; player < 2000; player++) {
            List<AccuracyRule.Answer> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(new AccuracyRule.Answer(0.55, random.nextDouble() < 0.7));
            }
            AccuracyRule.Verdict v = rule.judge(answers);
            assertFalse(v.flagged(), "player " + player + ": " + v);
        }
        // and the best of them with many more answers: 70% over 200 answers is no rarer for a strong player
        assertFalse(rule.judge(answers(0.55, 140, 60)).flagged());
    }

    @Test
    void aHandfulOfLuckyAnswersIsNotEnough() {
        assertFalse(rule.judge(answers(0.25, 29, 0)).flagged(), "fewer answers than the rule needs");
        assertFalse(rule.judge(answers(0.55, 25, 5)).flagged(), "25 of 30 on 55% questions: a strong player does that");
    }

    @Test
    void aStealthyTextMatcherIsCaughtAsItsAnswersAddUp() {
        // right 90% of the time at any speed, on questions honest players get right 55% of the time
        assertFalse(rule.judge(answers(0.55, 27, 3)).flagged(), "30 answers are not enough evidence yet");
        assertTrue(rule.judge(answers(0.55, 90, 10)).flagged());
        assertTrue(rule.judge(answers(0.55, 180, 20)).flagged());
    }

    @Test
    void theTailIsThePoissonBinomialUpperTail() {
        // equal chances: the binomial tail, P(X >= 3) for 4 trials at 0.5 = (4 + 1) / 16
        assertEquals(5.0 / 16, AccuracyRule.atLeast(new double[] {0.5, 0.5, 0.5, 0.5}, 3), 1e-12);
        // unequal chances: P(both) = 0.9 x 0.2; P(at least one) = 1 - 0.1 x 0.8
        assertEquals(0.18, AccuracyRule.atLeast(new double[] {0.9, 0.2}, 2), 1e-12);
        assertEquals(0.92, AccuracyRule.atLeast(new double[] {0.9, 0.2}, 1), 1e-12);
        assertEquals(1, AccuracyRule.atLeast(new double[] {0.9, 0.2}, 0));
        assertEquals(0, AccuracyRule.atLeast(new double[] {0.9, 0.2}, 3));
    }

    @Test
    void priorsFollowTheDifficultyLabelAndTheForm() {
        assertEquals(0.25 + 0.75 * 0.3, rule.prior(question(Difficulty.MEDIUM, QuestionType.MULTIPLE)), 1e-12);
        assertEquals(0.5 + 0.5 * 0.3, rule.prior(question(Difficulty.MEDIUM, QuestionType.BOOLEAN)), 1e-12);
        assertEquals(0.25 + 0.75 * 0.5, rule.prior(question(Difficulty.EASY, QuestionType.MULTIPLE)), 1e-12);
        assertEquals(0.5 + 0.5 * 0.15, rule.prior(question(Difficulty.HARD, QuestionType.BOOLEAN)), 1e-12);
    }

    @Test
    void aQuestionsOwnRateFromPlayReplacesThePriorOnceItHasEnoughPlaysButNeverGoesBelowChance() {
        Question q = question(Difficulty.EASY, QuestionType.MULTIPLE);
        assertEquals(unbounded.prior(q), unbounded.chance(q, 29, 0).p(), 1e-12);
        assertFalse(unbounded.chance(q, 29, 0).observed());
        assertEquals(0.4, unbounded.chance(q, 50, 20).p(), 1e-12);
        assertTrue(unbounded.chance(q, 50, 20).observed());
        assertEquals(0.25, unbounded.chance(q, 40, 2).p(), 1e-12, "never below a guess");
        assertEquals(0.5, unbounded.chance(question(Difficulty.HARD, QuestionType.BOOLEAN), 40, 2).p(), 1e-12);
    }

    @Test
    void playMovesAQuestionsChanceAtMostTheBoundAwayFromItsPrior() {
        Question q = question(Difficulty.EASY, QuestionType.MULTIPLE); // prior 0.625
        assertEquals(0.6, rule.chance(q, 50, 30).p(), 1e-12, "within the bound: the observed share");
        assertEquals(0.675, rule.chance(q, 1000, 1000).p(), 1e-12, "all right: the prior plus 0.05");
        assertEquals(0.575, rule.chance(q, 1000, 0).p(), 1e-12, "all wrong: the prior minus 0.05");
        assertEquals(0.25, new AccuracyRule(30, 0.3, 1e-5, 30, 0.5, 0.3, 0.15, 0.2)
                .chance(question(Difficulty.HARD, QuestionType.MULTIPLE), 1000, 0).p(), 1e-12, "never below a guess");
    }

    /** The film's mix of labels and forms, one of each kind, {@code n} times over. */
    private static List<Question> mix(int n) {
        List<Question> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Difficulty d : Difficulty.values()) {
                for (QuestionType t : QuestionType.values()) {
                    all.add(question(d, t));
                }
            }
        }
        return all;
    }

    /** The answers of a player right on the first {@code right} of the questions, judged as the stats stand. */
    private static List<AccuracyRule.Answer> judged(AccuracyRule rule, List<Question> questions, long plays,
            long rightPlays, boolean[] right) {
        List<AccuracyRule.Answer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.add(new AccuracyRule.Answer(rule.chance(questions.get(i), plays, rightPlays).p(), right[i]));
        }
        return answers;
    }

    /**
     * Review round 2, H1: one client's puppets answer every question right a thousand times, so that the public share
     * of every question is 1. Before the bound an honest strong player was then right every time and the cheater
     * (49 of 50) never improbable; with the bound the cheater is still flagged.
     */
    @Test
    void puppetsAnsweringEverythingRightDoNotHideATextMatcher() {
        List<Question> questions = mix(9).subList(0, 50);
        boolean[] right = new boolean[50];
        java.util.Arrays.fill(right, true);
        right[17] = false; // one deliberate miss
        assertFalse(unbounded.judge(judged(unbounded, questions, 1000, 1000, right)).flagged(), "the attack worked");
        AccuracyRule.Verdict v = rule.judge(judged(rule, questions, 1000, 1000, right));
        assertTrue(v.flagged(), "tail " + v.tail());
    }

    /**
     * Review round 2, H1, the other way: puppets answer every question wrong, down to a guess. Before the bound an
     * honest film buff right three times in four over 200 answers was flagged; with the bound it is not.
     */
    @Test
    void puppetsAnsweringEverythingWrongDoNotFrameAStrongHonestPlayer() {
        List<Question> questions = mix(34).subList(0, 200);
        boolean[] right = new boolean[200];
        for (int i = 0; i < 200; i++) {
            right[i] = i % 4 != 3; // 150 of 200
        }
        assertTrue(unbounded.judge(judged(unbounded, questions, 1000, 0, right)).flagged(), "the attack worked");
        AccuracyRule.Verdict v = rule.judge(judged(rule, questions, 1000, 0, right));
        assertFalse(v.flagged(), "tail " + v.tail());
    }
}
