package io.cinequiz.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void equalScoresShareARankAndTheNextSkipsAhead() {
        assertEquals(List.of(1L, 2L, 2L, 4L, 5L, 5L, 5L, 8L),
                Ranking.ofPage(List.of(90L, 80L, 80L, 70L, 60L, 60L, 60L, 50L), 0, 1));
    }

    @Test
    void pageFurtherDownStartsFromTheRankOfItsFirstEntry() {
        // board 90 80 80 80 70 60: the page at offset 2 is 80 80 70, and 80 ranks 2
        assertEquals(List.of(2L, 2L, 5L), Ranking.ofPage(List.of(80L, 80L, 70L), 2, 2));
        assertEquals(List.of(5L, 6L), Ranking.ofPage(List.of(70L, 60L), 4, 5));
        assertEquals(List.of(), Ranking.ofPage(List.of(), 10, 1));
    }

    @Test
    void allTiedShareRankOne() {
        assertEquals(List.of(1L, 1L, 1L), Ranking.ofPage(List.of(0L, 0L, 0L), 0, 1));
    }

    @Test
    void neighboursAboveAndBelowAreRankedFromExactCounts() {
        // board: 100 90 90 80 [80 me] 80 70 70 60 -> ranks 1 2 2 4 4 4 7 7 9
        Map<Long, Long> atScore = Map.of(100L, 1L, 90L, 2L, 80L, 3L, 70L, 2L, 60L, 1L);
        long playersAbove = 3;
        assertEquals(List.of(1L, 2L, 2L, 4L),
                Ranking.above(List.of(100L, 90L, 90L, 80L), 80, playersAbove, atScore));
        assertEquals(List.of(4L, 7L, 7L, 9L),
                Ranking.below(List.of(80L, 70L, 70L, 60L), 80, playersAbove, atScore));
        assertEquals(List.of(), Ranking.above(List.of(), 80, playersAbove, atScore));
    }

    @Test
    void neighboursOfTheTopAndTheBottom() {
        Map<Long, Long> atScore = Map.of(50L, 2L, 40L, 1L, 10L, 1L);
        assertEquals(List.of(1L, 3L), Ranking.below(List.of(50L, 40L), 50, 0, atScore));
        assertEquals(List.of(1L, 1L, 3L), Ranking.above(List.of(50L, 50L, 40L), 10, 3, atScore));
    }
}
