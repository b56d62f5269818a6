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
}
