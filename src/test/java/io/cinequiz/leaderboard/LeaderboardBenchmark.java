package io.cinequiz.leaderboard;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Leaderboard benchmark, run by {@code bench/leaderboard.sh} (not part of the test suite: surefire runs only
 * {@code *Test} classes unless asked with {@code -Dtest=LeaderboardBenchmark}). Inside the service, on the database the
 * build and profile point at:
 * <ol>
 * <li>bulk-loads {@code LB_PLAYERS} (1,000,000) standings of the global all-time board, with their score buckets,
 * straight over JDBC with multi-row inserts;</li>
 * <li>starts {@code LB_WRITERS} writer threads that count games of random players through
 * {@link Leaderboards#recordGame} (the service's own write path, each game in its own transaction: 12 standings, global,
 * a film and a community, 4 windows each), optionally throttled to {@code LB_WRITE_RATE} games/s in all;</li>
 * <li>measures, from one reader thread, the service's read path with a request context as an HTTP request has:
 * the top 10, the rank of a random player (around=0), a random player with 5 entries each side, and the deepest page
 * allowed (offset 10000), each kind alone for {@code LB_SECONDS}, after {@code LB_WARMUP} seconds of all in turn;</li>
 * <li>checks ranks against {@code COUNT(*)} and the bucket totals against the board.</li>
 * </ol>
 */
@QuarkusTest
class LeaderboardBenchmark {

    private static final String PLAYER = "bench-%07d";
    private static final BoardQuery GLOBAL_ALL = new BoardQuery(Scope.GLOBAL, null, null, Window.ALL);
    private static final Board BOARD = new Board("global", "all");

    @Inject
    Leaderboards leaderboards;

    @Inject
    AgroalDataSource dataSource;

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    @Test
    void measure() throws Exception {
        int players = env("LB_PLAYERS", 1_000_000);
        int warmup = env("LB_WARMUP", 30);
        int seconds = env("LB_SECONDS", 30);
        int writers = env("LB_WRITERS", 1);
        int writeRate = env("LB_WRITE_RATE", 0);
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        say("database: %s", database);
        if (boardSize() == players && !"1".equals(System.getenv("LB_RELOAD"))) {
            say("the board already holds %,d standings: not loading again (LB_RELOAD=1 to reload)", players);
        } else {
            long loadStart = System.nanoTime();
            load(players);
            say("bulk load of %,d standings and their buckets: %.1f s", players, (System.nanoTime() - loadStart) / 1e9);
        }
        plan("after loading");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong written = new AtomicLong();
        AtomicLong writeErrors = new AtomicLong();
        List<long[]> writeLatencies = new ArrayList<>();
        List<Thread> writerThreads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            long[] latencies = new long[2_000_000];
            writeLatencies.add(latencies);
            Thread t = new Thread(() -> write(players, writeRate <= 0 ? 0 : writeRate / (double) writers, running,
                    written, writeErrors, latencies), "bench-writer-" + w);
            t.start();
            writerThreads.add(t);
        }

        Reader reader = new Reader(players);
        reader.run(warmup, -1);
        long writtenBefore = written.get();
        long start = System.nanoTime();
        Reader measured = new Reader(players);
        for (int kind = 0; kind < Reader.KINDS; kind++) {
            measured.run(seconds, kind);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long writes = written.get() - writtenBefore;
        running.set(false);
        for (Thread t : writerThreads) {
            t.join();
        }

        say("measured %d s per kind of read with %d writer thread(s)%s, after %d s of warm-up", seconds, writers,
                writeRate > 0 ? " throttled to " + writeRate + " games/s" : " at full speed", warmup);
        say("writes: %,d games in %.1f s = %.0f games/s (%.0f standings/s), %d failed; game write p50 %.2f ms p99 %.2f ms",
                writes, elapsed, writes / elapsed, writes * 12 / elapsed, writeErrors.get(),
                percentile(merge(writeLatencies), 0.50), percentile(merge(writeLatencies), 0.99));
        measured.report();
        plan("after measuring");
        check(players);
    }

    // ---- reading ----

    /** One reader thread, timing one kind of read at a time (or all in turn, to warm up). */
    private final class Reader {
        static final int KINDS = 4;
        final int players;
        final long[][] samples = new long[KINDS][2_000_000];
        final int[] counts = new int[KINDS];
        final String[] names = { "top 10 (scope=global, window=all, limit=10)", "rank of a random player (around=0)",
                "random player with around=5", "page at offset 10000, limit 10" };

        Reader(int players) {
            this.players = players;
        }

        /** Reads of one kind ({@code only}), or of every kind in turn ({@code only} < 0), for {@code seconds}. */
        void run(int seconds, int only) throws InterruptedException {
            Thread t = new Thread(() -> {
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                ManagedContext request = Arc.container().requestContext();
                for (int i = 0; System.nanoTime() < end; i++) {
                    int kind = only >= 0 ? only : i % KINDS;
                    String player = String.format(PLAYER, ThreadLocalRandom.current().nextInt(players));
                    long t0 = System.nanoTime();
                    request.activate();
                    try {
                        switch (kind) {
                            case 0 -> leaderboards.page(GLOBAL_ALL, 10, 0);
                            case 1 -> leaderboards.player(GLOBAL_ALL, player, 0);
                            case 2 -> leaderboards.player(GLOBAL_ALL, player, 5);
                            default -> leaderboards.page(GLOBAL_ALL, 10, 10_000);
                        }
                    } finally {
                        request.terminate();
                    }
                    if (counts[kind] < samples[kind].length) {
                        samples[kind][counts[kind]++] = System.nanoTime() - t0;
                    }
                }
            }, "bench-reader");
            t.start();
            t.join();
        }

        void report() {
            for (int k = 0; k < names.length; k++) {
                long[] s = Arrays.copyOf(samples[k], counts[k]);
                Arrays.sort(s);
                say("%-46s n=%,7d  p50 %.3f ms  p99 %.3f ms  p99.9 %.3f ms  max %.1f ms", names[k], s.length,
                        percentile(s, 0.50), percentile(s, 0.99), percentile(s, 0.999), s[s.length - 1] / 1e6);
            }
        }
    }

    // ---- writing ----

    private void write(int players, double rate, AtomicBoolean running, AtomicLong written, AtomicLong errors,
            long[] latencies) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long interval = rate <= 0 ? 0 : (long) (1e9 / rate);
        long next = System.nanoTime();
        int n = 0;
        while (running.get()) {
            if (interval > 0) {
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            int questions = 10;
            int correct = random.nextInt(questions + 1);
            int score = correct == 0 ? 0 : correct * 500 + random.nextInt(correct * 1000);
            FinishedGame game = new FinishedGame(UUID.randomUUID().toString(),
                    String.format(PLAYER, random.nextInt(players)), "Bench", "bench-film-" + random.nextInt(100),
                    "bench-guild-" + random.nextInt(1000), score, correct, questions, questions, false, Instant.now());
            long t0 = System.nanoTime();
            try {
                QuarkusTransaction.requiringNew().run(() -> leaderboards.recordGame(game));
                written.incrementAndGet();
                if (n < latencies.length) {
                    latencies[n++] = System.nanoTime() - t0;
                }
            } catch (RuntimeException e) {
                errors.incrementAndGet();
            }
        }
    }

    // ---- loading ----

    /**
     * Empties the leaderboard tables and loads {@code players} standings of the global all-time board: games played
     * log-uniform from 1 to 400 (many casual players, a long tail), about 5,000 points a game, 3% with no points.
     */
    private void load(int players) throws SQLException {
        int rowsPerInsert = 500;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("truncate table standing");
                s.execute("truncate table score_bucket");
                s.execute("truncate table recorded_game");
            }
            c.commit();
            Map<ScoreBuckets.Key, Integer> buckets = new HashMap<>();
            Random random = new Random(42);
            OffsetDateTime yearAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(1);
            try (PreparedStatement insert = c.prepareStatement(multiRow("insert into standing (scope_key, window_key,"
                    + " player_id, display_name, score, games, correct, answered, best_game, wins, last_played_at,"
                    + " reached_at) values ", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rowsPerInsert))) {
                int inRow = 0;
                for (int i = 0; i < players; i++) {
                    int games = 1 + (int) Math.exp(random.nextDouble() * Math.log(400));
                    long score = random.nextInt(100) < 3 ? 0
                            : Math.max(0, Math.round(games * 5000 + random.nextGaussian() * 3000 * Math.sqrt(games)));
                    int answered = games * 10;
                    int correct = (int) Math.min(answered, score / 700);
                    OffsetDateTime reached = yearAgo.plusSeconds(random.nextInt(365 * 86_400));
                    int p = inRow * 12;
                    insert.setString(p + 1, BOARD.scopeKey());
                    insert.setString(p + 2, BOARD.windowKey());
                    insert.setString(p + 3, String.format(PLAYER, i));
                    insert.setString(p + 4, "Player " + i);
                    insert.setLong(p + 5, score);
                    insert.setInt(p + 6, games);
                    insert.setInt(p + 7, correct);
                    insert.setInt(p + 8, answered);
                    insert.setInt(p + 9, (int) Math.min(14_000, score));
                    insert.setInt(p + 10, 0);
                    insert.setObject(p + 11, reached);
                    insert.setObject(p + 12, reached);
                    ScoreBuckets.move(BOARD, String.format(PLAYER, i), null, score, buckets);
                    if (++inRow == rowsPerInsert) {
                        insert.executeUpdate();
                        inRow = 0;
                        if ((i + 1) % 50_000 == 0) {
                            c.commit();
                        }
                    }
                }
                if (inRow > 0) {
                    throw new IllegalArgumentException("LB_PLAYERS must be a multiple of " + rowsPerInsert);
                }
            }
            c.commit();
            List<Map.Entry<ScoreBuckets.Key, Integer>> rows = new ArrayList<>(buckets.entrySet());
            try (PreparedStatement insert = c.prepareStatement(multiRow("insert into score_bucket (scope_key,"
                    + " window_key, level, bucket, shard, players) values ", "(?, ?, ?, ?, ?, ?)", rowsPerInsert))) {
                int i = 0;
                for (; i + rowsPerInsert <= rows.size(); i += rowsPerInsert) {
                    for (int j = 0; j < rowsPerInsert; j++) {
                        Map.Entry<ScoreBuckets.Key, Integer> row = rows.get(i + j);
                        insert.setString(j * 6 + 1, row.getKey().scopeKey());
                        insert.setString(j * 6 + 2, row.getKey().windowKey());
                        insert.setInt(j * 6 + 3, row.getKey().level());
                        insert.setLong(j * 6 + 4, row.getKey().bucket());
                        insert.setInt(j * 6 + 5, row.getKey().shard());
                        insert.setInt(j * 6 + 6, row.getValue());
                    }
                    insert.executeUpdate();
                }
                try (PreparedStatement one = c.prepareStatement("insert into score_bucket (scope_key, window_key,"
                        + " level, bucket, shard, players) values (?, ?, ?, ?, ?, ?)")) {
                    for (; i < rows.size(); i++) {
                        Map.Entry<ScoreBuckets.Key, Integer> row = rows.get(i);
                        one.setString(1, row.getKey().scopeKey());
                        one.setString(2, row.getKey().windowKey());
                        one.setInt(3, row.getKey().level());
                        one.setLong(4, row.getKey().bucket());
                        one.setInt(5, row.getKey().shard());
                        one.setInt(6, row.getValue());
                        one.executeUpdate();
                    }
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            c.commit();
            long levelZero = rows.stream().filter(r -> r.getKey().level() == 0).count();
            say("distinct scores (level-0 buckets): %,d; bucket rows in all: %,d", levelZero, rows.size());
        }
    }

    private static String multiRow(String head, String row, int rows) {
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    // ---- checking ----

    private long boardSize() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from standing where scope_key = 'global' and window_key = 'all'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The database's plan for the top 10 query, as Hibernate writes it for StandingRepository.page. */
    private void plan(String when) throws SQLException {
        String top10 = "select s1_0.player_id, s1_0.display_name, s1_0.score, s1_0.games from (select k.scope_key, k.window_key,"
                + " k.player_id, k.score, k.reached_at from standing k where k.scope_key = 'global' and k.window_key = 'all'"
                + " order by k.scope_key, k.window_key, k.score desc, k.reached_at, k.player_id offset 0 rows fetch first 10"
                + " rows only) p join standing s1_0 on s1_0.scope_key = p.scope_key and s1_0.window_key = p.window_key"
                + " and s1_0.player_id = p.player_id order by p.score desc, p.reached_at, p.player_id";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("explain analyze " + top10)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1).replaceAll("\\s+", " ")).append(" | ");
            }
            say("plan of the top 10 %s: %s", when, plan);
        }
    }

    /** The buckets agree with the board: total players, and ranks against a plain COUNT(*), for random players. */
    private void check(int players) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement(
                        "select count(*) from standing where scope_key = 'global' and window_key = 'all' and score > ?");
                PreparedStatement score = c.prepareStatement(
                        "select score from standing where scope_key = 'global' and window_key = 'all' and player_id = ?");
                Statement total = c.createStatement()) {
            ResultSet rs = total.executeQuery("select count(*) from standing where scope_key = 'global' and window_key = 'all'");
            rs.next();
            long onBoard = rs.getLong(1);
            long fromBuckets = inRequest(() -> leaderboards.page(GLOBAL_ALL, 1, 0).totalPlayers());
            long[] naive = new long[20];
            int wrong = 0;
            for (int i = 0; i < naive.length; i++) {
                String player = String.format(PLAYER, ThreadLocalRandom.current().nextInt(players));
                score.setString(1, player);
                ResultSet s = score.executeQuery();
                s.next();
                count.setLong(1, s.getLong(1));
                long t0 = System.nanoTime();
                ResultSet n = count.executeQuery();
                n.next();
                long expected = n.getLong(1) + 1;
                naive[i] = System.nanoTime() - t0;
                long rank = inRequest(() -> leaderboards.player(GLOBAL_ALL, player, 0).rank());
                wrong += rank == expected ? 0 : 1;
            }
            Arrays.sort(naive);
            say("check: %,d players on the board, %,d by the buckets; %d of %d random ranks differ from COUNT(*)+1",
                    onBoard, fromBuckets, wrong, naive.length);
            say("for comparison, rank by COUNT(*) WHERE score > x at this size: median %.1f ms, max %.1f ms",
                    percentile(naive, 0.5), naive[naive.length - 1] / 1e6);
        }
    }

    private static <T> T inRequest(Supplier<T> call) {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            return call.get();
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }

    // ---- figures ----

    private static long[] merge(List<long[]> arrays) {
        long[] all = arrays.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).toArray();
        Arrays.sort(all);
        return all;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    private static void say(String format, Object... args) {
        System.out.println("LB-BENCH " + String.format(Locale.ROOT, format, args));
    }
}
