package io.cinequiz.fairplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.Category;
import io.cinequiz.question.Difficulty;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionType;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thresholds of fair play: reading time per question, and accuracy with speed per game. */
class FairPlayRulesTest {

    private final FairPlayRules rules = new FairPlayRules(300, 10, 8, 0.9, 2500);

    private static Question question(String stem, String... options) {
        return new Question("q", "film", "fact", Category.values()[0], Difficulty.EASY, QuestionType.MULTIPLE, stem,
                stem, List.of(options), 0, "", List.of(), "person", "fact", List.of(), null, options[0], null);
    }

    @Test
    void readingTimeGrowsWithTheQuestionAndItsOptions() {
        Question q = question("Who designed the costumes?", "Jean-Paul Gaultier", "Milena Canonero", "Colleen Atwood",
                "Arianne Phillips"); // 26 + 63 characters
        assertEquals(300 + 10 * 89, rules.readingMillis(q));
        assertTrue(rules.tooFast(q, 0));
        assertTrue(rules.tooFast(q, 1189));
        assertFalse(rules.tooFast(q, 1190));
    }

    @Test
    void aGameIsImplausibleWhenNearlyAllRightAndFasterThanReading() {
        assertTrue(rules.implausible(10, Collections.nCopies(10, 800L)));
        assertTrue(rules.implausible(10, Collections.nCopies(9, 2000L)));
        assertFalse(rules.implausible(10, Collections.nCopies(8, 800L)), "80% right: people do that");
        assertFalse(rules.implausible(10, Collections.nCopies(10, 2500L)), "as fast as people read");
        assertFalse(rules.implausible(7, Collections.nCopies(7, 100L)), "too few answers to judge");
        assertFalse(rules.implausible(10, List.of()));
    }

    @Test
    void medianOfTimes() {
        assertEquals(2, FairPlayRules.median(List.of(3L, 1L, 2L)));
        assertEquals(2, FairPlayRules.median(List.of(4L, 1L, 3L, 1L)));
    }
}
