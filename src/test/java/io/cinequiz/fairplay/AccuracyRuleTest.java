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

    /** The defaults of quiz.fair-play.*: 30 answers, skill 0.3, tail 1e-5, 30 plays, priors 0.5 / 0.3 / 0.15. */
    private final AccuracyRule rule = new AccuracyRule(30, 0.3, 1e-5, 30, 0.5, 0.3, 0.15);

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
        assertEquals(rule.prior(q), rule.chance(q, 29, 0).p(), 1e-12);
        assertFalse(rule.chance(q, 29, 0).observed());
        assertEquals(0.4, rule.chance(q, 50, 20).p(), 1e-12);
        assertTrue(rule.chance(q, 50, 20).observed());
        assertEquals(0.25, rule.chance(q, 40, 2).p(), 1e-12, "never below a guess");
        assertEquals(0.5, rule.chance(question(Difficulty.HARD, QuestionType.BOOLEAN), 40, 2).p(), 1e-12);
    }
}
