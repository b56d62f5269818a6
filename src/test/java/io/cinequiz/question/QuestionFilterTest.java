package io.cinequiz.question;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Attack review round 2, M2: play narrowed to easier or harder questions than the mix counts on no leaderboard. */
class QuestionFilterTest {

    @Test
    void playNarrowedByDifficultyOrCategoryIsNotRanked() {
        assertFalse(QuestionFilter.parse(null, null, "easy", null).ranked());
        assertFalse(QuestionFilter.parse(null, null, "hard", null).ranked());
        assertFalse(QuestionFilter.parse("city-of-lost-children", "story", null, null).ranked());
        assertFalse(QuestionFilter.parse(null, "crew", "medium", "multiple").ranked());
    }

    @Test
    void playNarrowedByFilmOrFormOnlyIsRanked() {
        assertTrue(QuestionFilter.parse(null, null, null, null).ranked());
        assertTrue(QuestionFilter.parse("city-of-lost-children", null, null, null).ranked());
        assertTrue(QuestionFilter.parse(null, null, null, "boolean").ranked()); // the form is weighted in the points
    }
}
