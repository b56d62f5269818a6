package io.cinequiz.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinequiz.leaderboard.Window;
import io.cinequiz.session.ServiceProcess;
import io.cinequiz.session.ServiceProcess.Reply;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on PostgreSQL: two instances of the packaged PostgreSQL jar ({@code mvn verify -Ppostgres}), each on a
 * free port of its own, share the database that {@code QUIZ_DB_URL} names. A session moves between them request by
 * request; 200 players answer across both; then one instance is killed with {@code kill -9} in the middle of that
 * load. Afterwards the database itself (by JDBC) and the API of both instances must agree: no acknowledged answer
 * lost, none scored twice, every session's score the sum of its answers, every standing the sum of its games.
 *
 * <p>Each run uses its own API client, player ids and communities ({@code so...:scale-<run>-...}), so it needs no empty
 * database and checks only its own rows. The tests run in order and share the two instances; the last one kills instance A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final String SESSIONS = "/api/v1/sessions";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Connections per instance at most (quarkus.datasource.jdbc.max-size). */
    private static final int POOL_SIZE = 20;
    private static final int PLAYERS = 200;
    private static final int QUESTIONS_PER_SESSION = 5;
    /** The longest a question may take; the load must not turn answers into timeouts. */
    private static final int TIME_LIMIT_SECONDS = 120;
    /** Players start sessions for this long, then finish the one they are in. */
    private static final Duration LOAD = Duration.ofSeconds(15);
    /** In the kill phase, instance A is killed this long into the load. */
    private static final Duration KILL_AFTER = Duration.ofSeconds(5);
    /** Fewer acknowledged answers than these would prove too little. */
    private static final int MIN_ACKNOWLEDGED = 1000;
    private static final int MIN_ACKNOWLEDGED_AFTER_KILL = 100;
    /** Sends of one request at most, to either instance: after a failure, or a 503 database-busy. */
    private static final int ATTEMPTS = 5;
    /**
     * At most one request in this many may be answered 503 database-busy: the service's back-pressure while a burst
     * queues for connections on a just-started JVM, when the database has few connections to give. More would mean it
     * sheds load it should carry.
     */
    private static final int BUSY_AT_MOST_ONE_IN = 20;
    private static final int A = 0;
    private static final int B = 1;
    private static final String[] NAMES = {"A", "B"};

    @TempDir
    static Path dir;

    private final String run = "scale-" + UUID.randomUUID().toString().substring(0, 8);
    /** The API client of the run: its players and communities are {@code <client>:<local id>}. */
    private final String client = "so" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String dbUrl = setting("QUIZ_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String dbUser = setting("QUIZ_DB_USER", "postgres");
    private final String dbPassword = setting("QUIZ_DB_PASSWORD", "");
    private final ServiceProcess[] instances = new ServiceProcess[2];
    /** Opened first and kept: under load the server may have no connection left to give a late-comer. */
    private Connection db;

    @BeforeAll
    void startTwoInstances() throws Exception {
        db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
        // A long time per question (an operator's setting, the same on both): the load must not turn answers into
        // timeouts.
        // The instances' connections are named after the run, so that the test counts theirs and no one else's.
        String instancesUrl = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "ApplicationName=" + run;
        Map<String, String> env = Map.of("QUIZ_DB_URL", instancesUrl, "QUIZ_DB_USER", dbUser, "QUIZ_DB_PASSWORD", dbPassword,
                "QUIZ_SESSIONS_TIME_LIMIT", TIME_LIMIT_SECONDS + "s");
        Path logs = Path.of(System.getProperty("cinequiz.logs", "target/durability-it"));
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path work = dir.resolve(NAMES[i]);
            Path log = logs.resolve("ScaleOutIT-" + NAMES[i] + ".log");
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    Files.createDirectories(work);
                    return ServiceProcess.start(work, log, env);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        RuntimeException failed = null;
        for (int i = 0; i < 2; i++) {
            try {
                instances[i] = starting.get(i).join(); // each kept, so that @AfterAll stops it if the other failed
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        assertNotEquals(instances[A].base(), instances[B].base());
        for (ServiceProcess instance : instances) {
            assertTrue(instance.log().contains("Profile postgres activated"), "the PostgreSQL build");
        }
        // One API client (scope play, no session quota to speak of) plays every player of the run, on both instances.
        String key = instances[A].createClient(client, Map.of("scopes", List.of("play"), "sessionsPerHour", 1_000_000));
        for (ServiceProcess instance : instances) {
            instance.useApiKey(key);
        }
        System.out.printf("ScaleOutIT: instances A at %s and B at %s on %s (run %s)%n", instances[A].base(),
                instances[B].base(), dbUrl, run);
    }

    @AfterAll
    void stopInstances() throws SQLException {
        if (db != null) {
            db.close();
        }
        for (ServiceProcess instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    @Order(1)
    void aSessionMovesBetweenInstances() throws Exception {
        ServiceProcess a = instances[A];
        ServiceProcess b = instances[B];
        String player = run + "-handover";
        String community = player;
        JsonNode created = a.post(SESSIONS, null, Map.of("playerId", player, "displayName", "Handover",
                "amount", 3, "community", community)).expect(201);
        String path = SESSIONS + "/" + created.get("sessionId").asText();
        String token = created.get("token").asText();
        a.get(path, token).expect(200);
        b.get(path, token).expect(200);
        assertEquals(403, b.get(path, token + "x").status(), "another token is refused on B too");

        // next on one instance, its answer on the other: A/B, B/A, A/B, so that the session finishes on B
        List<String> firstSession = new ArrayList<>(); // bank ids, revealed by the answers
        List<String> served = new ArrayList<>(); // the ids the questions were served with
        JsonNode firstAnswer = null;
        JsonNode last = null;
        for (int i = 0; i < 3; i++) {
            ServiceProcess serving = i % 2 == 0 ? a : b;
            ServiceProcess answering = i % 2 == 0 ? b : a;
            JsonNode next = serving.get(path + "/next", token).expect(200);
            assertEquals(i, next.get("index").asInt());
            String questionId = next.get("question").get("id").asText();
            served.add(questionId);
            last = answering.post(path + "/answers", token, Map.of("questionId", questionId, "choice", i % 2))
                    .expect(200);
            firstSession.add(last.get("bankQuestionId").asText());
            if (i == 0) {
                firstAnswer = last;
            }
            assertEquals(i == 2, last.get("finished").asBoolean());
        }
        // the first answer again, on the instance that did not score it: the same result, nothing scored twice
        JsonNode again = a.post(path + "/answers", token, Map.of("questionId", served.get(0), "choice", 0))
                .expect(200);
        assertEquals(firstAnswer.get("points"), again.get("points"));
        assertEquals(409, a.get(path + "/next", token).status(), "finished on A too");
        JsonNode onA = a.get(path, token).expect(200);
        assertEquals(onA, b.get(path, token).expect(200), "both instances give the same summary");
        assertTrue(onA.get("finished").asBoolean());
        assertEquals(last.get("totalScore").asInt(), onA.get("score").asInt());

        // a second session of the player, made and played on B: nothing served on A comes again
        JsonNode second = b.post(SESSIONS, null, Map.of("playerId", player, "displayName", "Handover", "amount", 3,
                "community", community)).expect(201);
        String path2 = SESSIONS + "/" + second.get("sessionId").asText();
        String token2 = second.get("token").asText();
        for (int i = 0; i < 2; i++) {
            JsonNode next = b.get(path2 + "/next", token2).expect(200);
            String questionId = next.get("question").get("id").asText();
            String bankId = b.post(path2 + "/answers", token2, Map.of("questionId", questionId, "choice", 0))
                    .expect(200).get("bankQuestionId").asText();
            assertFalse(firstSession.contains(bankId), bankId + " was served in the first session, via A");
        }
        for (JsonNode result : b.get(path2, token2).expect(200).get("results")) {
            assertFalse(firstSession.contains(result.get("bankQuestionId").asText()), "no question of the first session");
        }
        JsonNode finished = a.post(path2 + "/finish", token2, Map.of()).expect(200);
        int total = onA.get("score").asInt() + finished.get("score").asInt();

        for (String window : List.of("all", "month", "week", "day")) {
            String board = "/api/v1/leaderboards?scope=community&community=" + community + "&window=" + window;
            JsonNode page = a.get(board, null).expect(200);
            assertEquals(page, b.get(board, null).expect(200), "the " + window + " board reads the same on A and B");
            assertEquals(1, page.get("totalPlayers").asInt());
            assertEquals(total, page.get("entries").get(0).get("score").asInt());
            assertEquals(2, page.get("entries").get(0).get("games").asInt());
            String rank = "/api/v1/leaderboards/players/" + player + "?scope=community&community=" + community
                    + "&window=" + window;
            assertEquals(a.get(rank, null).expect(200), b.get(rank, null).expect(200));
        }
        Consistency check = check(client + ":" + run + "-handover", List.of());
        assertEquals(List.of(), check.problems);
        System.out.printf("ScaleOutIT handover: a session of 3 questions moved A -> B -> A -> B and finished on B;"
                + " a second one made on B repeated none of them; %d standings agree with the sessions%n",
                check.standings);
    }

    @Test
    @Order(2)
    void twoHundredPlayersAcrossBothInstances() throws Exception {
        Load load = new Load("load", false);
        load.run();
        load.print();
        assertEquals(List.of(), List.copyOf(load.failures), "failures");
        // what an instance logged first: it says why a request failed
        assertNoErrorLogged(instances[A]);
        assertNoErrorLogged(instances[B]);
        assertEquals(0, load.errors.get(A) + load.errors.get(B), "errors");
        load.assertFewBusy();
        assertTrue(load.acknowledged() >= MIN_ACKNOWLEDGED, "only " + load.acknowledged() + " answers acknowledged");
        assertTrue(load.acked.get(A) > 0 && load.acked.get(B) > 0, "both instances acknowledged answers");
        load.check.assertNoProblems();
        assertEquals(load.acknowledged(), load.check.storedAnswers, "every answer sent was acknowledged and stored");
        assertEquals(0, load.check.unfinishedSessions, "every session was finished");
        load.compareBoardsOn(List.of(instances[A], instances[B]));
        // The pools grew under the load, and stopped at their size: the database has connections to spare for more
        // replicas (Quarkus's own default, 50 each, would have taken all of PostgreSQL's 100 with two).
        int opened = connectionsOfTheInstances();
        System.out.printf("ScaleOutIT load: the instances have %d connections to the database open%n", opened);
        assertTrue(opened > 0, "the instances' connections carry the run's name");
        assertTrue(opened <= 2 * POOL_SIZE, opened + " connections open, more than two pools of " + POOL_SIZE);
    }

    private int connectionsOfTheInstances() throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from pg_stat_activity"
                + " where application_name = ? and datname = current_database()")) {
            query.setString(1, run);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    @Order(3)
    void killingOneInstanceLosesNothingItAcknowledged() throws Exception {
        Load load = new Load("kill", true);
        load.run();
        load.print();
        assertEquals(List.of(), List.copyOf(load.failures), "failures");
        assertEquals(0, load.errors.get(B), "errors on B, the instance left running");
        load.assertFewBusy();
        assertTrue(load.errors.get(A) > 0, "requests to A failed once it was killed");
        assertTrue(load.ackedAfterKill >= MIN_ACKNOWLEDGED_AFTER_KILL, "B acknowledged only " + load.ackedAfterKill
                + " answers after A was killed");
        load.check.assertNoProblems();
        load.compareBoardsOn(List.of(instances[B]));
        assertNoErrorLogged(instances[B]);
    }

    /** Each error line of the log as its message and its chain of exceptions, short enough to read in CI's output. */
    private static void assertNoErrorLogged(ServiceProcess instance) throws IOException {
        List<String> errors = instance.log().lines().filter(line -> line.contains("\"level\":\"ERROR\""))
                .map(ScaleOutIT::errorSummary).toList();
        assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 5)), errors.size() + " errors logged by "
                + instance.base());
    }

    private static String errorSummary(String line) {
        try {
            JsonNode entry = JSON.readTree(line);
            StringBuilder summary = new StringBuilder(entry.path("message").asText());
            for (JsonNode e = entry.path("exception"); !e.isMissingNode(); e = e.path("causedBy").path("exception")) {
                summary.append(" <- ").append(e.path("exceptionType").asText()).append(": ")
                        .append(e.path("message").asText());
            }
            return summary.toString();
        } catch (IOException e) {
            return line;
        }
    }

    /** An answer acknowledged (a 200 fully received) by instance {@code by}. */
    record Ack(int by, String sessionId, int index, String questionId, int choice, int points) {
    }

    /**
     * {@link #PLAYERS} players, each on a thread of a fixed pool, playing sessions of {@link #QUESTIONS_PER_SESSION}
     * questions for {@link #LOAD}, sending their requests in turn to A and to B. A request that fails (no response, or
     * a 5xx) counts as an error of its instance and is sent again to the other one (an answer carries a request id, so
     * that is safe); once A is killed, its players go on with B alone, as behind a Kubernetes Service. A 503
     * database-busy with Retry-After is no failure but the service's back-pressure (nothing of the request was done):
     * the player waits as told and sends it again, as a client should, and it is counted apart ({@link #busy}).
     */
    private final class Load {

        final String phase;
        final boolean kill;
        final String prefix;
        final AtomicIntegerArray sent = new AtomicIntegerArray(2);
        final AtomicIntegerArray acked = new AtomicIntegerArray(2);
        final AtomicIntegerArray answersFailed = new AtomicIntegerArray(2);
        /** Failed requests of every kind (create, next, answer). */
        final AtomicIntegerArray errors = new AtomicIntegerArray(2);
        /** Requests of every kind answered 503 database-busy, and every request sent. */
        final AtomicIntegerArray busy = new AtomicIntegerArray(2);
        final AtomicIntegerArray requests = new AtomicIntegerArray(2);
        final AtomicInteger sessions = new AtomicInteger();
        final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        final Queue<String> failures = new ConcurrentLinkedQueue<>();
        final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        volatile boolean killing;
        int ackedAfterKill;
        Duration duration;
        Duration killedAt;
        Consistency check;

        Load(String phase, boolean kill) {
            this.phase = phase;
            this.kill = kill;
            this.prefix = run + "-" + phase + "-";
        }

        void run() throws Exception {
            Instant start = Instant.now();
            Instant stopAt = start.plus(LOAD);
            ExecutorService pool = Executors.newFixedThreadPool(PLAYERS);
            int ackedByBAtKill = 0;
            try {
                for (int n = 0; n < PLAYERS; n++) {
                    int player = n;
                    pool.execute(() -> new Player(player, stopAt).play());
                }
                pool.shutdown();
                if (kill) {
                    Thread.sleep(KILL_AFTER.toMillis());
                    killing = true;
                    ackedByBAtKill = acked.get(B);
                    instances[A].kill();
                    killedAt = Duration.between(start, Instant.now());
                    assertFalse(instances[A].log().contains("stopped in"), "kill -9 leaves A no time to shut down");
                }
                assertTrue(pool.awaitTermination(LOAD.toSeconds() + 60, TimeUnit.SECONDS), "the players finish");
            } finally {
                pool.shutdownNow();
            }
            duration = Duration.between(start, Instant.now());
            ackedAfterKill = acked.get(B) - ackedByBAtKill;
            check = check(client + ":" + prefix, List.copyOf(acks));
        }

        int acknowledged() {
            return acked.get(A) + acked.get(B);
        }

        void assertFewBusy() {
            int shed = busy.get(A) + busy.get(B);
            int all = requests.get(A) + requests.get(B);
            assertTrue(shed * BUSY_AT_MOST_ONE_IN <= all, shed + " of " + all + " requests were answered 503"
                    + " database-busy, more than 1 in " + BUSY_AT_MOST_ONE_IN);
        }

        void print() {
            System.out.printf("ScaleOutIT %s: %d players, %.1f s%s: %d sessions; answers sent %d (A %d, B %d),"
                    + " acknowledged %d (A %d, B %d), failed %d (A %d, B %d), stored %d (%d acknowledged ones missing);"
                    + " failed requests of all kinds %d (A %d, B %d)%s; 503 database-busy, sent again after Retry-After,"
                    + " %d (A %d, B %d) of %d requests; %.0f answers/s acknowledged%n",
                    phase, PLAYERS, duration.toMillis() / 1000.0,
                    killedAt == null ? "" : String.format(", A killed at %.1f s, B acknowledged %d answers after it",
                            killedAt.toMillis() / 1000.0, ackedAfterKill),
                    sessions.get(), sent.get(A) + sent.get(B), sent.get(A), sent.get(B), acknowledged(), acked.get(A),
                    acked.get(B), answersFailed.get(A) + answersFailed.get(B), answersFailed.get(A),
                    answersFailed.get(B), check.storedAnswers, check.lost, errors.get(A) + errors.get(B), errors.get(A),
                    errors.get(B), errorKinds.isEmpty() ? "" : " " + errorKinds, busy.get(A) + busy.get(B), busy.get(A),
                    busy.get(B), requests.get(A) + requests.get(B), acknowledged() / (duration.toMillis() / 1000.0));
        }

        /** Every page of the phase's community board, all time, on each instance: the same, and as in the database. */
        void compareBoardsOn(List<ServiceProcess> on) throws Exception {
            String community = prefix + "community";
            List<JsonNode> first = null;
            for (ServiceProcess instance : on) {
                List<JsonNode> pages = new ArrayList<>();
                Map<String, Long> scores = new HashMap<>();
                long totalPlayers = 0;
                for (int offset = 0; offset == 0 || offset < totalPlayers; offset += 100) {
                    String board = "/api/v1/leaderboards?scope=community&community="
                            + URLEncoder.encode(community, StandardCharsets.UTF_8) + "&limit=100&offset=" + offset;
                    JsonNode page = instance.get(board, null).expect(200);
                    totalPlayers = page.get("totalPlayers").asLong();
                    pages.add(page.get("entries"));
                    for (JsonNode entry : page.get("entries")) {
                        scores.put(entry.get("playerId").asText(), entry.get("score").asLong());
                    }
                }
                Map<String, Long> expected = new HashMap<>();
                check.expected.forEach((key, sum) -> {
                    if (key.scope().equals("community:" + client + ":" + community) && key.window().equals("all")) {
                        expected.put(key.player(), sum.score);
                    }
                });
                assertEquals(expected.size(), totalPlayers, "players on the board");
                assertEquals(expected, scores, "the board's totals are the sums of the players' sessions");
                if (first == null) {
                    first = pages;
                } else {
                    assertEquals(first, pages, "the board reads the same on both instances");
                }
            }
        }

        private final class Player {

            final String id;
            final Instant stopAt;
            int turn;
            boolean onlyB;

            Player(int n, Instant stopAt) {
                this.id = prefix + n;
                this.stopAt = stopAt;
                this.turn = n;
            }

            void play() {
                try {
                    while (Instant.now().isBefore(stopAt)) {
                        playSession();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception | AssertionError e) {
                    failures.add(id + ": " + e);
                }
            }

            private void playSession() throws IOException, InterruptedException {
                Sent created = call(SESSIONS, null, Map.of("playerId", id, "displayName", "Player", "amount",
                        QUESTIONS_PER_SESSION, "community", prefix + "community"), 201, false);
                sessions.incrementAndGet();
                String sessionId = created.body.get("sessionId").asText();
                String token = created.body.get("token").asText();
                String path = SESSIONS + "/" + sessionId;
                boolean finished = false;
                while (!finished) {
                    JsonNode next = call(path + "/next", token, null, 200, false).body;
                    String questionId = next.get("question").get("id").asText();
                    int choice = ThreadLocalRandom.current().nextInt(next.get("question").get("options").size());
                    Sent answer = call(path + "/answers", token, Map.of("questionId", questionId, "choice", choice,
                            "requestId", UUID.randomUUID().toString()), 200, true);
                    acked.incrementAndGet(answer.by);
                    acks.add(new Ack(answer.by, sessionId, next.get("index").asInt(), questionId, choice,
                            answer.body.get("points").asInt()));
                    finished = answer.body.get("finished").asBoolean();
                }
            }

            /**
             * Sends a GET (body null) or POST to A or B in turn, and again to the other when it fails, or after the
             * Retry-After of a 503 database-busy.
             */
            private Sent call(String path, String token, Map<String, Object> body, int expected, boolean isAnswer)
                    throws IOException, InterruptedException {
                for (int attempt = 1; ; attempt++) {
                    int to = onlyB ? B : turn++ % 2;
                    ServiceProcess instance = instances[to];
                    requests.incrementAndGet(to);
                    if (isAnswer) {
                        sent.incrementAndGet(to);
                    }
                    String error;
                    try {
                        Reply reply = body == null ? instance.get(path, token) : instance.post(path, token, body);
                        if (reply.status() == expected) {
                            return new Sent(to, reply.body());
                        }
                        if (isBusy(reply) && attempt < ATTEMPTS) {
                            busy.incrementAndGet(to);
                            Thread.sleep(Duration.ofSeconds(Long.parseLong(reply.retryAfter())).toMillis());
                            continue;
                        }
                        if (reply.status() < 500) {
                            throw new AssertionError(NAMES[to] + " answered " + reply.status() + " to " + path + ": "
                                    + reply.raw());
                        }
                        error = "HTTP " + reply.status();
                    } catch (IOException e) {
                        if (to == B || !killing) {
                            failures.add(id + ": " + NAMES[to] + " did not answer " + path + ": " + e);
                        }
                        if (to == A && killing) {
                            onlyB = true;
                        }
                        error = e.getClass().getSimpleName();
                    }
                    errors.incrementAndGet(to);
                    if (isAnswer) {
                        answersFailed.incrementAndGet(to);
                    }
                    errorKinds.merge(NAMES[to] + " " + error, 1, Integer::sum);
                    if (attempt >= ATTEMPTS) {
                        throw new IllegalStateException(id + ": " + path + " failed " + attempt + " times, last: "
                                + error);
                    }
                }
            }
        }
    }

    /** A 503 database-busy that says when to send the request again. */
    private static boolean isBusy(Reply reply) {
        return reply.status() == 503 && reply.body() != null
                && reply.body().path("type").asText().endsWith("/database-busy") && reply.retryAfter() != null
                && reply.retryAfter().matches("\\d{1,2}");
    }

    /** A reply that was expected, and which instance gave it. */
    private record Sent(int by, JsonNode body) {
    }

    /** One standing: a board (scope and window) and a player. */
    record StandingKey(String scope, String window, String player) {
    }

    /** The totals a standing must have: the sum of the scores of its player's games counted on its board. */
    static final class Sum {
        long score;
        int games;

        @Override
        public boolean equals(Object o) {
            return o instanceof Sum s && s.score == score && s.games == games;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(score) * 31 + games;
        }

        @Override
        public String toString() {
            return score + " in " + games + " games";
        }
    }

    /** What the database holds for the players whose ids start with a prefix, checked against the acknowledgements. */
    static final class Consistency {
        final List<String> problems = new ArrayList<>();
        final Map<StandingKey, Sum> expected = new HashMap<>();
        int storedAnswers;
        int lost;
        int unfinishedSessions;
        int standings;

        void assertNoProblems() {
            if (!problems.isEmpty()) {
                fail(problems.size() + " problems in the database:\n  "
                        + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 30))));
            }
        }
    }

    /**
     * Reads the database directly: every acknowledged answer is stored as acknowledged (question, choice, points); no
     * question appears twice for a player (so none was answered, or scored, twice, and none repeated); each session's
     * score is the sum of its answers' points; and each standing of these players, on every board, is the sum of the
     * scores of their finished games counted there, each game recorded once.
     */
    private Consistency check(String prefix, List<Ack> acks) throws SQLException {
        Consistency c = new Consistency();
        String like = prefix.replace("_", "\\_").replace("%", "\\%") + "%";
        record Row(String questionId, Integer choice, Integer points) {
        }
        Map<String, Row> rows = new HashMap<>();
        try (ResultSet rs = query(db, "select q.session_id, q.position, q.play_id, q.choice, q.points"
                + " from session_question q join quiz_session s on s.id = q.session_id"
                + " where s.player_id like ? and q.answered_at is not null", like)) {
            while (rs.next()) {
                rows.put(rs.getString(1) + "/" + rs.getInt(2), new Row(rs.getString(3),
                        (Integer) rs.getObject(4), (Integer) rs.getObject(5)));
                c.storedAnswers += rs.getObject(4) == null ? 0 : 1;
            }
        }
        for (Ack ack : acks) {
            Row row = rows.get(ack.sessionId() + "/" + ack.index());
            if (row == null || !row.questionId().equals(ack.questionId())
                    || !Integer.valueOf(ack.choice()).equals(row.choice())
                    || !Integer.valueOf(ack.points()).equals(row.points())) {
                c.lost++;
                c.problems.add("acknowledged by " + NAMES[ack.by()] + ": " + ack + ", stored: " + row);
            }
        }
        try (ResultSet rs = query(db, "select s.player_id, q.question_id, count(*) from session_question q"
                + " join quiz_session s on s.id = q.session_id where s.player_id like ?"
                + " group by s.player_id, q.question_id having count(*) > 1", like)) {
            while (rs.next()) {
                c.problems.add("player " + rs.getString(1) + " has question " + rs.getString(2) + " "
                        + rs.getInt(3) + " times");
            }
        }
        try (ResultSet rs = query(db, "select s.id, s.score, s.correct_count, coalesce(sum(q.points), 0),"
                + " count(case when q.correct then 1 end) from quiz_session s"
                + " left join session_question q on q.session_id = s.id where s.player_id like ?"
                + " group by s.id, s.score, s.correct_count", like)) {
            while (rs.next()) {
                if (rs.getLong(2) != rs.getLong(4) || rs.getLong(3) != rs.getLong(5)) {
                    c.problems.add("session " + rs.getString(1) + ": score " + rs.getLong(2) + ", correct "
                            + rs.getLong(3) + "; its answers: " + rs.getLong(4) + " points, " + rs.getLong(5)
                            + " correct");
                }
            }
        }
        Set<String> counted = new HashSet<>();
        try (ResultSet rs = query(db, "select s.id, s.player_id, s.community, s.film_id, s.score, s.finished_at,"
                + " exists (select 1 from session_question q where q.session_id = s.id and q.served_at is not null)"
                + " from quiz_session s where s.player_id like ?", like)) {
            while (rs.next()) {
                if (rs.getObject(6) == null) {
                    c.unfinishedSessions++;
                    continue;
                }
                String id = rs.getString(1);
                if (!rs.getBoolean(7)) {
                    continue; // a game with nothing served counts nowhere
                }
                counted.add(id);
                Instant at = rs.getObject(6, OffsetDateTime.class).toInstant();
                List<String> scopes = new ArrayList<>(List.of("global"));
                if (rs.getString(4) != null) {
                    scopes.add("film:" + rs.getString(4));
                }
                if (rs.getString(3) != null) {
                    scopes.add("community:" + rs.getString(3));
                }
                for (String scope : scopes) {
                    for (Window window : Window.values()) {
                        Sum sum = c.expected.computeIfAbsent(new StandingKey(scope, window.key(at, ZoneOffset.UTC),
                                rs.getString(2)), k -> new Sum());
                        sum.score += rs.getLong(5);
                        sum.games++;
                    }
                }
            }
        }
        Set<String> recorded = new HashSet<>();
        try (ResultSet rs = query(db, "select game_id from recorded_game where player_id like ?", like)) {
            while (rs.next()) {
                recorded.add(rs.getString(1));
            }
        }
        if (!recorded.equals(counted)) {
            c.problems.add(counted.size() + " games counted, " + recorded.size() + " recorded on the leaderboards");
        }
        Map<StandingKey, Sum> actual = new LinkedHashMap<>();
        try (ResultSet rs = query(db, "select scope_key, window_key, player_id, score, games from standing"
                + " where player_id like ?", like)) {
            while (rs.next()) {
                Sum sum = new Sum();
                sum.score = rs.getLong(4);
                sum.games = rs.getInt(5);
                actual.put(new StandingKey(rs.getString(1), rs.getString(2), rs.getString(3)), sum);
            }
        }
        c.standings = actual.size();
        for (StandingKey key : union(actual.keySet(), c.expected.keySet())) {
            if (!Objects.equals(actual.get(key), c.expected.get(key))) {
                c.problems.add("standing " + key + ": " + actual.get(key) + ", its sessions add up to "
                        + c.expected.get(key));
            }
        }
        return c;
    }

    private static ResultSet query(Connection db, String sql, String parameter) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.setString(1, parameter);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A setting as the build passes it: a system property ({@code -DQUIZ_DB_URL=...}), else the environment. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
