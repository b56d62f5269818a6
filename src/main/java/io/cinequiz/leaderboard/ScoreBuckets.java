package io.cinequiz.leaderboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of the score-bucket table, which makes a rank cost a few hundred index entries instead of a count
 * over the board. Level {@code L} counts, per board, the players whose score {@code s} has {@code s >>> 8L} equal to
 * the bucket: level 0 counts each exact score, level 1 blocks of 256 scores, level 2 blocks of 65,536, level 3 (the
 * top) blocks of 16,777,216. The players above a score {@code x} are those in the level-0 buckets above {@code x}
 * within x's level-1 block, plus those in the level-1 buckets above x's within its level-2 block, and so on, plus the
 * top-level buckets above x's: at most 255 rows per level, however many players or distinct scores there are.
 *
 * <p>Levels 2 and 3 have few buckets that nearly every new player adds to (all scores under 65,536 share bucket 0 of
 * level 2), so transactions counting games at the same time would queue on those rows. There, each bucket's count is
 * split over {@link #SHARDS} rows, a player always adding to and taking from the same one (by a hash of the player id);
 * reads add the shards up, which costs little on levels that hold a handful of buckets. A shard's own count may go
 * below zero (a player counted in shard 0 before shards existed takes from his own shard when his score moves); only
 * the sums mean anything.
 */
final class ScoreBuckets {

    static final int BITS = 8;
    static final int LEVELS = 4;
    static final int TOP = LEVELS - 1;
    private static final long LAST_IN_BLOCK = (1L << BITS) - 1;
    /** Rows per bucket on the levels from {@link #SHARDED_FROM} up. */
    static final int SHARDS = 16;
    static final int SHARDED_FROM = 2;

    private ScoreBuckets() {
    }

    /** Buckets {@code from..to} (inclusive) of one level. */
    record Range(int level, long from, long to) {
    }

    /** One bucket row of one board: a bucket, or one shard of it. */
    record Key(String scopeKey, String windowKey, int level, long bucket, int shard) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = scopeKey.compareTo(o.scopeKey);
            if (c == 0) {
                c = windowKey.compareTo(o.windowKey);
            }
            if (c == 0) {
                c = Integer.compare(level, o.level);
            }
            if (c == 0) {
                c = Long.compare(bucket, o.bucket);
            }
            return c != 0 ? c : Integer.compare(shard, o.shard);
        }
    }

    static long bucket(long score, int level) {
        return score >>> (BITS * level);
    }

    /** The bucket ranges, one per level, whose counts add up to the number of players with a score above {@code score}. */
    static List<Range> above(long score) {
        List<Range> ranges = new ArrayList<>(LEVELS);
        for (int level = 0; level < TOP; level++) {
            long b = bucket(score, level);
            ranges.add(new Range(level, b + 1, b | LAST_IN_BLOCK));
        }
        ranges.add(new Range(TOP, bucket(score, TOP) + 1, Long.MAX_VALUE));
        return ranges;
    }

    /**
     * Adds to {@code deltas} the changes of bucket counts when {@code player}'s score on {@code board} goes from
     * {@code oldScore} (null: the player was not on the board) to {@code newScore}. Buckets that do not change are
     * left out, and deltas that cancel out are removed.
     */
    static void move(Board board, String player, Long oldScore, long newScore, Map<Key, Integer> deltas) {
        if (newScore < 0 || (oldScore != null && oldScore < 0)) {
            throw new IllegalArgumentException("scores are never negative");
        }
        for (int level = 0; level < LEVELS; level++) {
            long to = bucket(newScore, level);
            if (oldScore != null) {
                long from = bucket(oldScore, level);
                if (from == to) {
                    continue;
                }
                add(deltas, new Key(board.scopeKey(), board.windowKey(), level, from, shard(player, level)), -1);
            }
            add(deltas, new Key(board.scopeKey(), board.windowKey(), level, to, shard(player, level)), 1);
        }
    }

    static int shard(String player, int level) {
        return level < SHARDED_FROM ? 0 : Math.floorMod(player.hashCode(), SHARDS);
    }

    /** A map for {@link #move} that keeps the buckets in the order their rows are to be locked in. */
    static Map<Key, Integer> newDeltas() {
        return new TreeMap<>();
    }

    private static void add(Map<Key, Integer> deltas, Key key, int delta) {
        deltas.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
}
