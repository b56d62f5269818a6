package io.cinequiz.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.session.Scoring.Outcome;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final long LIMIT = 20_000;
    private static final long GRACE = 500;

    @Test
    void instantCorrectAnswerEarnsAThousand() {
        assertEquals(new Outcome(true, false, 1000, 1), Scoring.score(true, 0, LIMIT, GRACE, 0));
    }

    @Test
    void correctAnswerLosesHalfItsPointsOverTheTimeLimit() {
        assertEquals(750, Scoring.score(true, 10_000, LIMIT, GRACE, 0).points());
        assertEquals(500, Scoring.score(true, 20_000, LIMIT, GRACE, 0).points());
        assertEquals(988, Scoring.score(true, 500, LIMIT, GRACE, 0).points()); // round(1000 x (1 - 0.0125))
    }

    @Test
    void answerInTheGracePeriodCountsAsGivenAtTheLimit() {
        Outcome o = Scoring.score(true, 20_400, LIMIT, GRACE, 0);
        assertTrue(o.correct());
        assertEquals(500, o.points());
    }

    @Test
    void answerAfterTheGracePeriodTimesOutAndScoresNothing() {
        Outcome o = Scoring.score(true, 20_501, LIMIT, GRACE, 3);
        assertEquals(new Outcome(false, true, 0, 0), o);
    }

    @Test
    void wrongAnswerScoresNothingAndResetsTheStreak() {
        assertEquals(new Outcome(false, false, 0, 0), Scoring.score(false, 1_000, LIMIT, GRACE, 4));
    }

    @Test
    void streakBonusGrowsByAHundredUpToFiveHundred() {
        assertEquals(1000, Scoring.score(true, 0, LIMIT, GRACE, 0).points());
        assertEquals(1100, Scoring.score(true, 0, LIMIT, GRACE, 1).points());
        assertEquals(1400, Scoring.score(true, 0, LIMIT, GRACE, 4).points());
        assertEquals(1500, Scoring.score(true, 0, LIMIT, GRACE, 5).points());
        assertEquals(1500, Scoring.score(true, 0, LIMIT, GRACE, 12).points());
        assertEquals(13, Scoring.score(true, 0, LIMIT, GRACE, 12).streak());
    }

    @Test
    void timeoutScoresNothing() {
        Outcome o = Scoring.timeout();
        assertFalse(o.correct());
        assertTrue(o.timedOut());
        assertEquals(0, o.points());
    }

    /**
     * Review L7: a guesser is right a quarter of the time on four options and half of the time on true/false; the
     * weight makes the points it expects per question the same on both forms, at every speed and streak.
     */
    @Test
    void aGuessersExpectedPointsPerQuestionAreEqualAcrossForms() {
        for (long elapsed : new long[] {0, 500, 5_000, 10_000, 19_999, 20_000, 20_500}) {
            for (int streak = 0; streak <= 6; streak++) {
                double fourOptions = 0.25 * Scoring.score(true, elapsed, LIMIT, GRACE, streak, Scoring.weight(4)).points();
                double trueFalse = 0.5 * Scoring.score(true, elapsed, LIMIT, GRACE, streak, Scoring.weight(2)).points();
                assertEquals(fourOptions, trueFalse, 0.25, "at " + elapsed + " ms, streak " + streak); // rounding only
            }
        }
        assertEquals(1.0, Scoring.weight(4));
        assertEquals(0.5, Scoring.weight(2));
        assertEquals(500, Scoring.score(true, 0, LIMIT, GRACE, 0, 0.5).points());
        assertEquals(1000, Scoring.score(true, 0, LIMIT, GRACE, 0, 1).points());
        assertEquals(700, Scoring.score(true, 0, LIMIT, GRACE, 4, 0.5).points()); // (1000 + 400) / 2
        assertEquals(0, Scoring.score(false, 0, LIMIT, GRACE, 0, 0.5).points());
    }
}
