package io.cinequiz.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.room.RoomRules.Tally;
import io.cinequiz.session.Scoring;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoomRulesTest {

    private static final Instant SERVED = Instant.parse("2026-12-01T20:00:00Z");
    private static final Duration GRACE = Duration.ofMillis(500);

    @Test
    void correctAnswersScoreBySpeedWithoutAStreakBonus() {
        assertEquals(1000, RoomRules.score(true, 0, 15_000, 500).points());
        assertEquals(750, RoomRules.score(true, 7_500, 15_000, 500).points());
        assertEquals(500, RoomRules.score(true, 15_000, 15_000, 500).points());
        assertEquals(500, RoomRules.score(true, 15_500, 15_000, 500).points(), "inside the grace: as at the limit");
        Scoring.Outcome late = RoomRules.score(true, 15_501, 15_000, 500);
        assertEquals(0, late.points());
        assertTrue(late.timedOut());
        assertEquals(0, RoomRules.score(false, 1_000, 15_000, 500).points());
        assertEquals(Scoring.score(true, 3_000, 15_000, 500, 0).points(), RoomRules.score(true, 3_000, 15_000, 500).points());
    }

    @Test
    void aRoundIsDueToCloseOnlyAfterItsDeadlinePlusTheGrace() {
        assertEquals(SERVED.plusMillis(15_500), RoomRules.closesAt(SERVED, 15_000, GRACE));
        assertFalse(RoomRules.dueToClose(SERVED, 15_000, GRACE, SERVED.plusMillis(15_000)));
        assertFalse(RoomRules.dueToClose(SERVED, 15_000, GRACE, SERVED.plusMillis(15_500)));
        assertTrue(RoomRules.dueToClose(SERVED, 15_000, GRACE, SERVED.plusMillis(15_501)));
    }

    @Test
    void aRoundClosesEarlyOnceEveryPlayerWhoHadJoinedBeforeItAnswered() {
        assertFalse(RoomRules.everyoneAnswered(List.of(), Set.of("a")), "nobody joined before: only by time");
        assertFalse(RoomRules.everyoneAnswered(List.of("a", "b"), Set.of("a")));
        assertTrue(RoomRules.everyoneAnswered(List.of("a", "b"), Set.of("a", "b")));
        assertTrue(RoomRules.everyoneAnswered(List.of("a", "b"), Set.of("a", "b", "newcomer")));
    }

    @Test
    void theTargetIsReachedByCorrectAnswersNotPoints() {
        assertFalse(RoomRules.targetReached(List.of(new Tally("a", 2, 5_000)), 3));
        assertTrue(RoomRules.targetReached(List.of(new Tally("a", 2, 0), new Tally("b", 3, 500)), 3));
        assertFalse(RoomRules.targetReached(List.of(), 1));
    }

    @Test
    void theBestScoreWinsPointsBreakTiesAndExactTiesAreShared() {
        assertEquals(List.of("b"), RoomRules.winners(List.of(new Tally("a", 3, 2_900), new Tally("b", 3, 2_950),
                new Tally("c", 2, 2_000))));
        assertEquals(List.of("a", "b"), RoomRules.winners(List.of(new Tally("b", 3, 2_900), new Tally("a", 3, 2_900),
                new Tally("c", 1, 900))));
        assertEquals(List.of("c"), RoomRules.winners(List.of(new Tally("a", 3, 2_900), new Tally("c", 4, 2_000))));
    }

    @Test
    void nobodyWinsWhenNobodyAnsweredCorrectly() {
        assertEquals(List.of(), RoomRules.winners(List.of(new Tally("a", 0, 0), new Tally("b", 0, 0))));
        assertEquals(List.of(), RoomRules.winners(List.of()));
    }

    @Test
    void equalScoreAndPointsShareARank() {
        List<Tally> ranked = List.of(new Tally("a", 3, 900), new Tally("b", 3, 900), new Tally("c", 3, 800),
                new Tally("d", 1, 800));
        assertEquals(ranked, ranked.stream().sorted(RoomRules.RANKING).toList());
        assertEquals(List.of(1, 1, 3, 4), RoomRules.ranks(ranked));
    }
}
