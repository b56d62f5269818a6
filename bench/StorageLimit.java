import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The storage limit for bench/answers.sh: the service's durable writes for one answer, without HTTP, Hibernate or
 * JTA, on an H2 file database with WRITE_DELAY=0 and the service's own schema (the Flyway migrations are run first).
 * Per answer, as the service does it: one transaction serving the question (lock the session row, read the question
 * row, stamp served_at) and one answering it (lock, read, write the question row, write the session row with its
 * version); every 50 answers a new session (one session row, 50 question rows, 50 served rows). Each of THREADS
 * threads plays its own sessions. The first WARMUP seconds (default 0) are not counted: the JIT needs them.
 * Usage: java -cp h2.jar bench/StorageLimit.java DB_FILE THREADS SECONDS MIGRATIONS [WARMUP]
 */
public class StorageLimit {

    private static final int QUESTIONS = 50;

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + ";WRITE_DELAY=0";
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        long warmup = args.length > 4 ? Long.parseLong(args[4]) : 0;
        migrate(url, Path.of(args[3]));
        AtomicInteger answers = new AtomicInteger();
        long counted = System.nanoTime() + warmup * 1_000_000_000L;
        long end = counted + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    Player player = new Player(c);
                    while (System.nanoTime() < end) {
                        String session = player.create();
                        for (int q = 0; q < QUESTIONS && System.nanoTime() < end; q++) {
                            player.serve(session, q);
                            player.answer(session, q);
                            if (System.nanoTime() >= counted) {
                                answers.incrementAndGet();
                            }
                        }
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        System.out.printf("durable answer writes without HTTP (%d threads): %d in %d s = %.0f/s%n", threads,
                answers.get(), seconds, answers.get() / (double) seconds);
    }

    private static void migrate(String url, Path folder) throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (Path script : scripts) {
                for (String statement : Files.readString(script).replaceAll("(?m)--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
    }

    private static int version(Path script) {
        return Integer.parseInt(script.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }

    /** One connection's prepared statements: the service's SQL for creating, serving and answering. */
    private static final class Player {
        private final Connection c;
        private final PreparedStatement insertSession;
        private final PreparedStatement insertQuestion;
        private final PreparedStatement insertServed;
        private final PreparedStatement lockSession;
        private final PreparedStatement readQuestion;
        private final PreparedStatement stampServed;
        private final PreparedStatement writeAnswer;
        private final PreparedStatement writeSession;
        private long version;
        private int score;

        Player(Connection c) throws SQLException {
            this.c = c;
            insertSession = c.prepareStatement("insert into quiz_session (id, token_hash, player_id, display_name,"
                    + " community, film_id, time_limit_ms, total, current_position, score, streak, correct_count,"
                    + " created_at, last_activity_at, finished_at, version) values (?, ?, ?, 'Bench', null, null, 20000,"
                    + " 50, 0, 0, 0, 0, ?, ?, null, 0)");
            insertQuestion = c.prepareStatement("insert into session_question (session_id, position, question_id)"
                    + " values (?, ?, ?)");
            insertServed = c.prepareStatement("insert into served_question (player_id, question_id, served_at)"
                    + " values (?, ?, ?)");
            lockSession = c.prepareStatement("select id, token_hash, player_id, display_name, community, film_id,"
                    + " time_limit_ms, total, current_position, score, streak, correct_count, created_at,"
                    + " last_activity_at, finished_at, version from quiz_session where id = ? for update");
            readQuestion = c.prepareStatement("select session_id, position, question_id, served_at, answered_at, choice,"
                    + " request_id, correct, timed_out, points, streak from session_question"
                    + " where session_id = ? and position = ?");
            stampServed = c.prepareStatement("update session_question set served_at = ?, answered_at = null,"
                    + " choice = null, request_id = null, correct = null, timed_out = null, points = null, streak = null,"
                    + " question_id = question_id where session_id = ? and position = ?");
            writeAnswer = c.prepareStatement("update session_question set served_at = served_at, answered_at = ?,"
                    + " choice = 0, request_id = null, correct = true, timed_out = false, points = 750, streak = ?,"
                    + " question_id = question_id where session_id = ? and position = ?");
            writeSession = c.prepareStatement("update quiz_session set current_position = ?, score = ?, streak = ?,"
                    + " correct_count = ?, last_activity_at = last_activity_at, finished_at = ?, version = ?"
                    + " where id = ? and version = ?");
        }

        String create() throws SQLException {
            String session = UUID.randomUUID().toString();
            String player = "bench-" + session;
            Timestamp now = Timestamp.from(Instant.now());
            insertSession.setString(1, session);
            insertSession.setString(2, "0".repeat(64));
            insertSession.setString(3, player);
            insertSession.setTimestamp(4, now);
            insertSession.setTimestamp(5, now);
            insertSession.executeUpdate();
            for (int q = 0; q < QUESTIONS; q++) {
                String question = "q-" + UUID.randomUUID();
                insertQuestion.setString(1, session);
                insertQuestion.setInt(2, q);
                insertQuestion.setString(3, question);
                insertQuestion.addBatch();
                insertServed.setString(1, player);
                insertServed.setString(2, question);
                insertServed.setTimestamp(3, now);
                insertServed.addBatch();
            }
            insertQuestion.executeBatch();
            insertServed.executeBatch();
            c.commit();
            version = 0;
            score = 0;
            return session;
        }

        void serve(String session, int position) throws SQLException {
            lock(session, position);
            stampServed.setTimestamp(1, Timestamp.from(Instant.now()));
            stampServed.setString(2, session);
            stampServed.setInt(3, position);
            stampServed.executeUpdate();
            c.commit();
        }

        void answer(String session, int position) throws SQLException {
            lock(session, position);
            writeAnswer.setTimestamp(1, Timestamp.from(Instant.now()));
            writeAnswer.setInt(2, position + 1);
            writeAnswer.setString(3, session);
            writeAnswer.setInt(4, position);
            writeAnswer.executeUpdate();
            score += 750;
            writeSession.setInt(1, position + 1);
            writeSession.setInt(2, score);
            writeSession.setInt(3, position + 1);
            writeSession.setInt(4, position + 1);
            writeSession.setTimestamp(5, position + 1 == QUESTIONS ? Timestamp.from(Instant.now()) : null);
            writeSession.setLong(6, version + 1);
            writeSession.setString(7, session);
            writeSession.setLong(8, version);
            if (writeSession.executeUpdate() != 1) {
                throw new SQLException("version conflict");
            }
            version++;
            c.commit();
        }

        private void lock(String session, int position) throws SQLException {
            lockSession.setString(1, session);
            try (ResultSet r = lockSession.executeQuery()) {
                r.next();
            }
            readQuestion.setString(1, session);
            readQuestion.setInt(2, position);
            try (ResultSet r = readQuestion.executeQuery()) {
                r.next();
            }
        }
    }
}
