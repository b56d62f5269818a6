package io.cinequiz.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreBucketsTest {

    private static final Board BOARD = new Board("global", "all");

    /** The bucket table of a board with these scores, built the way the service builds it: one move per change. */
    private static Map<ScoreBuckets.Key, Integer> table(Map<String, Long> scores) {
        Map<ScoreBuckets.Key, Integer> table = ScoreBuckets.newDeltas();
        scores.forEach((player, score) -> ScoreBuckets.move(BOARD, player, null, score, table));
        return table;
    }

    /** Players p0, p1, ... with these scores. */
    private static Map<ScoreBuckets.Key, Integer> table(List<Long> scores) {
        Map<String, Long> players = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            players.put("p" + i, scores.get(i));
        }
        return table(players);
    }

    private static long playersAbove(Map<ScoreBuckets.Key, Integer> table, long score) {
        long sum = 0;
        for (ScoreBuckets.Range range : ScoreBuckets.above(score)) {
            for (var e : table.entrySet()) {
                if (e.getKey().level() == range.level() && e.getKey().bucket() >= range.from()
                        && e.getKey().bucket() <= range.to()) {
                    sum += e.getValue();
                }
            }
        }
        return sum;
    }

    @Test
    void playersAboveEqualsACountOfHigherScores() {
        Random random = new Random(7);
        List<Long> scores = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // dense low scores, a long tail, exact ties and bucket edges
            long score = switch (i % 4) {
                case 0 -> random.nextInt(3000);
                case 1 -> (long) (Math.exp(random.nextDouble() * 19)); // up to about 180 million
                case 2 -> 256L * random.nextInt(300) - (random.nextBoolean() ? 1 : 0);
                default -> 16_777_216L * random.nextInt(5) + random.nextInt(2);
            };
            scores.add(Math.max(0, score));
        }
        Map<ScoreBuckets.Key, Integer> table = table(scores);
        List<Long> probes = new ArrayList<>(scores.subList(0, 500));
        probes.addAll(List.of(0L, 255L, 256L, 65_535L, 65_536L, 16_777_215L, 16_777_216L, Long.MAX_VALUE / 2));
        for (long probe : probes) {
            long expected = scores.stream().filter(s -> s > probe).count();
            assertEquals(expected, playersAbove(table, probe), "above " + probe);
        }
    }

    @Test
    void eachLevelReadsAtMost255BucketsBelowTheTop() {
        for (long score : new long[] { 0, 1, 255, 256, 70_000, 123_456_789 }) {
            for (ScoreBuckets.Range range : ScoreBuckets.above(score)) {
                if (range.level() < ScoreBuckets.TOP) {
                    assertTrue(range.to() - range.from() + 1 <= 255, range.toString());
                }
            }
        }
    }

    @Test
    void movingAScoreKeepsTheTableEqualToRebuildingIt() {
        Random random = new Random(11);
        Map<String, Long> players = new HashMap<>();
        Map<ScoreBuckets.Key, Integer> table = ScoreBuckets.newDeltas();
        for (int step = 0; step < 20_000; step++) {
            String player = "p" + random.nextInt(500);
            Long before = players.get(player);
            long after = (before == null ? 0 : before) + (random.nextInt(4) == 0 ? 0 : random.nextInt(15_000));
            Map<ScoreBuckets.Key, Integer> deltas = ScoreBuckets.newDeltas();
            ScoreBuckets.move(BOARD, player, before, after, deltas);
            deltas.forEach((k, d) -> table.merge(k, d, Integer::sum));
            players.put(player, after);
        }
        Map<ScoreBuckets.Key, Integer> rebuilt = table(players);
        table.values().removeIf(n -> n == 0);
        assertEquals(rebuilt, table);
    }

    @Test
    void unchangedScoreChangesNoBucketAndANewPlayerCountsOnEveryLevel() {
        Map<ScoreBuckets.Key, Integer> deltas = ScoreBuckets.newDeltas();
        ScoreBuckets.move(BOARD, "p", 1000L, 1000L, deltas);
        assertTrue(deltas.isEmpty());
        ScoreBuckets.move(BOARD, "p", null, 1000L, deltas);
        assertEquals(ScoreBuckets.LEVELS, deltas.size());
        assertTrue(deltas.values().stream().allMatch(d -> d == 1));
        Map<ScoreBuckets.Key, Integer> small = ScoreBuckets.newDeltas();
        ScoreBuckets.move(BOARD, "p", 1000L, 1010L, small); // within one block of 256: only level 0 changes
        assertEquals(Map.of(new ScoreBuckets.Key("global", "all", 0, 1000, 0), -1,
                new ScoreBuckets.Key("global", "all", 0, 1010, 0), 1), small);
    }

    @Test
    void deltasComeInLockOrder() {
        Map<ScoreBuckets.Key, Integer> deltas = ScoreBuckets.newDeltas();
        ScoreBuckets.move(new Board("global", "w:2026-W49"), "p", 70_000L, 300L, deltas);
        ScoreBuckets.move(new Board("community:x", "all"), "q", null, 5L, deltas);
        List<ScoreBuckets.Key> keys = new ArrayList<>(deltas.keySet());
        List<ScoreBuckets.Key> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        assertEquals(sorted, keys);
        assertEquals("community:x", keys.get(0).scopeKey());
    }

    @Test
    void negativeScoresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScoreBuckets.move(BOARD, "p", null, -1,
                ScoreBuckets.newDeltas()));
    }

    @Test
    void newPlayersSpreadOverShardsOnTheUpperLevelsOnly() {
        Map<String, Long> players = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            players.put("player-" + i, 5_000L); // one bucket on every level
        }
        Map<ScoreBuckets.Key, Integer> table = table(players);
        for (int level = 0; level < ScoreBuckets.LEVELS; level++) {
            int l = level;
            List<ScoreBuckets.Key> rows = table.keySet().stream().filter(k -> k.level() == l).toList();
            assertEquals(200, rows.stream().mapToInt(table::get).sum(), "players counted on level " + level);
            if (level < ScoreBuckets.SHARDED_FROM) {
                assertEquals(1, rows.size(), "one row on level " + level);
            } else {
                assertEquals(ScoreBuckets.SHARDS, rows.size(), "a row per shard on level " + level);
            }
        }
        assertEquals(0, playersAbove(table, 5_000L));
        assertEquals(200, playersAbove(table, 4_999L));
    }

    @Test
    void aPlayerCountedBeforeShardsExistedMovesWithoutChangingTheSums() {
        Map<ScoreBuckets.Key, Integer> table = ScoreBuckets.newDeltas();
        for (int level = 0; level < ScoreBuckets.LEVELS; level++) { // an old row: every count in shard 0
            table.put(new ScoreBuckets.Key("global", "all", level, ScoreBuckets.bucket(70_000L, level), 0), 1);
        }
        Map<ScoreBuckets.Key, Integer> deltas = ScoreBuckets.newDeltas();
        ScoreBuckets.move(BOARD, "someone", 70_000L, 20_000_000L, deltas);
        deltas.forEach((k, d) -> table.merge(k, d, Integer::sum));
        assertEquals(1, playersAbove(table, 19_999_999L));
        assertEquals(0, playersAbove(table, 20_000_000L));
        assertEquals(1, playersAbove(table, 0L));
    }
}
