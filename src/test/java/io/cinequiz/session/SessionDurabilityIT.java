package io.cinequiz.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions are durable: they survive a restart of the service, and an answer the service acknowledged (a 200
 * response fully received) is on disk, even when the process is killed with {@code kill -9} right after.
 *
 * <p>Runs the packaged jar (built by {@code mvn package}) as a child process on a fresh H2 file database with the
 * production settings; run by {@code mvn verify} through Failsafe, on the H2 build only.
 */
class SessionDurabilityIT {

    private static final String SESSIONS = "/api/v1/sessions";
    /** The start-up snapshot the build makes beside the application's jar (pom.xml, profile startup-snapshot). */
    private static final Path SHIPPED_SNAPSHOT = ServiceProcess.JAR.resolveSibling("app/startup-snapshot.bin");
    private static final int PLAYERS = 16;
    /** The load lasts at least this long, and until this many answers were acknowledged, but at most MAX_LOAD. */
    private static final Duration MIN_LOAD = Duration.ofSeconds(3);
    private static final int TARGET_ACKNOWLEDGED = 200;
    private static final Duration MAX_LOAD = Duration.ofSeconds(20);
    /** Fewer acknowledged answers than this would make the test pass too easily. */
    private static final int MIN_ACKNOWLEDGED = 100;

    @TempDir
    Path dir;

    private final List<ServiceProcess> services = new ArrayList<>();
    /** The API client (scope play) the test plays through, made on the first start (the database keeps it). */
    private String apiKey;

    @AfterEach
    void killServices() {
        services.forEach(ServiceProcess::close);
    }

    @Test
    void sessionsSurviveARestart(TestInfo test) throws Exception {
        ServiceProcess service = start(test, 1);
        JsonNode created = service.post(SESSIONS, null, Map.of("playerId", "restart-" + UUID.randomUUID(),
                "displayName", "Krank", "amount", 3)).expect(201);
        String id = created.get("sessionId").asText();
        String token = created.get("token").asText();
        String path = SESSIONS + "/" + id;
        String firstQuestion = service.get(path + "/next", token).expect(200).get("question").get("id").asText();
        JsonNode firstAnswer = service.post(path + "/answers", token, Map.of("questionId", firstQuestion, "choice", 1))
                .expect(200);

        String stats = "/api/v1/films/city-of-lost-children/questions/stats";
        JsonNode statsBefore = service.get(stats, null).expect(200);

        service.stop();
        assertTrue(service.log().contains("stopped in"), "SIGTERM stops the service gracefully");
        assertTrue(service.log().contains("read from the start-up snapshot " + SHIPPED_SNAPSHOT),
                "the first start read the questions from the snapshot the build made");
        assertFalse(service.log().contains("Generated "), "and generated none");
        assertTrue(service.log().contains("Database schema migrated by Flyway"), "the empty database was migrated");
        ServiceProcess restarted = start(test, 2);
        assertTrue(restarted.log().contains("read from the start-up snapshot " + SHIPPED_SNAPSHOT), "so did the restart");
        assertFalse(restarted.log().contains("Generated "), "and generated none");
        assertTrue(restarted.log().contains("Database schema up to date"), "the restart found the schema current");
        assertFalse(restarted.log().contains("org.flywaydb"), "and ran no Flyway");
        assertEquals(statsBefore, restarted.get(stats, null).expect(200), "the same questions and quality figures");

        JsonNode summary = restarted.get(path, token).expect(200);
        assertEquals(1, summary.get("answered").asInt());
        assertEquals(firstAnswer.get("totalScore").asInt(), summary.get("score").asInt());
        assertFalse(summary.get("finished").asBoolean());
        JsonNode first = summary.get("results").get(0);
        assertEquals(firstQuestion, first.get("questionId").asText());
        assertEquals(1, first.get("choice").asInt());
        assertEquals(firstAnswer.get("points").asInt(), first.get("points").asInt());

        JsonNode next = restarted.get(path + "/next", token).expect(200);
        assertEquals(1, next.get("index").asInt());
        String secondQuestion = next.get("question").get("id").asText();
        assertEquals(1, summary.get("results").size(), "the summary lists only the questions served");
        JsonNode secondAnswer = restarted.post(path + "/answers", token,
                Map.of("questionId", secondQuestion, "choice", 0)).expect(200);
        assertEquals(summary.get("score").asInt() + secondAnswer.get("points").asInt(),
                secondAnswer.get("totalScore").asInt());
        JsonNode after = restarted.get(path, token).expect(200);
        assertEquals(2, after.get("answered").asInt());
        assertEquals(secondQuestion, after.get("results").get(1).get("questionId").asText());
    }

    @Test
    void aStartOnOtherSeedsThanTheBuildsGeneratesAndItsRestartReadsItsOwnSnapshot(TestInfo test) throws Exception {
        Path seeds = dir.resolve("edited-seeds");
        copyFolder(ServiceProcess.SEEDS, seeds);
        Path film = seeds.resolve("city-of-lost-children/film.yaml");
        Files.writeString(film, Files.readString(film) + "\n# edited after the build\n");
        String stats = "/api/v1/films/city-of-lost-children/questions/stats";

        ServiceProcess service = start(test, 1, seeds);
        assertTrue(service.log().contains("Generated "), "seeds the build's snapshot was not made from are generated");
        Path snapshot = dir.resolve("data/startup-snapshot.bin");
        assertTrue(Files.isRegularFile(snapshot), "and saved in the data folder");
        JsonNode statsBefore = service.get(stats, null).expect(200);
        service.stop();

        ServiceProcess restarted = start(test, 2, seeds);
        assertTrue(restarted.log().contains("read from the start-up snapshot " + snapshot.toAbsolutePath()),
                "the restart read them from the data folder");
        assertFalse(restarted.log().contains("Generated "), "and generated none");
        assertEquals(statsBefore, restarted.get(stats, null).expect(200), "the same questions and quality figures");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void everyAcknowledgedAnswerSurvivesKillDashNine(TestInfo test) throws Exception {
        ServiceProcess service = start(test, 1);
        Load load = new Load(service);
        Instant loadStart = Instant.now();
        Duration loadTime;
        ExecutorService players = Executors.newFixedThreadPool(PLAYERS);
        try {
            for (int i = 0; i < PLAYERS; i++) {
                players.execute(load::play);
            }
            players.shutdown();
            // Play for MIN_LOAD and until TARGET_ACKNOWLEDGED (sooner only if every player has failed), then kill -9
            // while requests are in flight.
            if (!players.awaitTermination(MIN_LOAD.toMillis(), TimeUnit.MILLISECONDS)) {
                load.enough.await(MAX_LOAD.minus(MIN_LOAD).toMillis(), TimeUnit.MILLISECONDS);
            }
            load.killed = true;
            service.kill();
            loadTime = Duration.between(loadStart, Instant.now());
            assertFalse(service.log().contains("stopped in"), "kill -9 leaves the service no time to shut down");
            assertTrue(players.awaitTermination(30, TimeUnit.SECONDS), "players stop once the service is gone");
        } finally {
            players.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(load.errors), "errors before the kill");
        List<Ack> acks = List.copyOf(load.acks);
        assertTrue(acks.size() > MIN_ACKNOWLEDGED, "only " + acks.size() + " answers were acknowledged before the kill");

        ServiceProcess restarted = start(test, 2);
        Map<String, List<Ack>> bySession = new LinkedHashMap<>();
        for (Ack ack : acks) {
            bySession.computeIfAbsent(ack.sessionId(), k -> new ArrayList<>()).add(ack);
        }
        List<String> lost = new ArrayList<>();
        int found = 0;
        int unacknowledged = 0;
        for (List<Ack> session : bySession.values()) {
            Ack last = session.get(session.size() - 1);
            ServiceProcess.Reply reply = restarted.get(SESSIONS + "/" + last.sessionId(), last.token());
            if (reply.status() != 200) {
                lost.add("session " + last.sessionId() + " (" + session.size() + " acknowledged answers): "
                        + reply.status() + " " + reply.raw());
                continue;
            }
            JsonNode summary = reply.body();
            Map<Integer, JsonNode> results = new LinkedHashMap<>();
            for (JsonNode result : summary.get("results")) {
                results.put(result.get("index").asInt(), result);
            }
            for (Ack ack : session) {
                JsonNode result = results.get(ack.index());
                if (result == null || !ack.questionId().equals(result.get("questionId").asText())
                        || result.get("choice").isNull() || result.get("choice").asInt() != ack.choice()
                        || result.get("points").isNull() || result.get("points").asInt() != ack.points()) {
                    lost.add(ack + " is stored as " + result);
                } else {
                    found++;
                }
            }
            int sum = 0;
            for (JsonNode result : results.values()) {
                sum += result.get("points").asInt(0);
            }
            int score = summary.get("score").asInt();
            if (score != sum || score < last.totalScore()) {
                lost.add("session " + last.sessionId() + ": score " + score + ", its answers' points add up to " + sum
                        + ", last acknowledged total " + last.totalScore());
            }
            unacknowledged += Math.max(0, summary.get("answered").asInt() - session.size());
        }
        System.out.printf("SessionDurabilityIT: kill -9 after %.1f s of load by %d players: %d of %d acknowledged"
                + " answers in %d sessions found after restart; %d more were stored but not acknowledged (in flight"
                + " at the kill)%n", loadTime.toMillis() / 1000.0, PLAYERS, found, acks.size(), bySession.size(),
                unacknowledged);
        if (!lost.isEmpty()) {
            fail(lost.size() + " acknowledged answers or scores lost after kill -9:\n  "
                    + String.join("\n  ", lost.subList(0, Math.min(lost.size(), 30))));
        }
    }

    /** An answer acknowledged with a 200 whose body was fully received. */
    record Ack(String sessionId, String token, int index, String questionId, int choice, int points,
            int totalScore) {
    }

    /** Players answering as fast as they can, each in its own sessions, until the service goes away. */
    private static final class Load {

        final ServiceProcess service;
        final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        final Queue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger acknowledged = new AtomicInteger();
        final CountDownLatch enough = new CountDownLatch(1);
        volatile boolean killed;

        Load(ServiceProcess service) {
            this.service = service;
        }

        void play() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    playSession();
                }
            } catch (IOException e) {
                if (!killed) {
                    errors.add("before the kill: " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | AssertionError e) {
                errors.add(e.toString());
            }
        }

        private void playSession() throws IOException, InterruptedException {
            JsonNode created = service.post(SESSIONS, null, Map.of("playerId", "load-" + UUID.randomUUID(),
                    "displayName", "One", "amount", 10)).expect(201);
            String id = created.get("sessionId").asText();
            String token = created.get("token").asText();
            String path = SESSIONS + "/" + id;
            boolean finished = false;
            while (!finished) {
                JsonNode next = service.get(path + "/next", token).expect(200);
                String questionId = next.get("question").get("id").asText();
                int choice = ThreadLocalRandom.current().nextInt(next.get("question").get("options").size());
                JsonNode answer = service.post(path + "/answers", token,
                        Map.of("questionId", questionId, "choice", choice)).expect(200);
                acks.add(new Ack(id, token, next.get("index").asInt(), questionId, choice,
                        answer.get("points").asInt(), answer.get("totalScore").asInt()));
                if (acknowledged.incrementAndGet() >= TARGET_ACKNOWLEDGED) {
                    enough.countDown();
                }
                finished = answer.get("finished").asBoolean();
            }
        }
    }

    private ServiceProcess start(TestInfo test, int run) throws IOException, InterruptedException {
        return start(test, run, ServiceProcess.SEEDS);
    }

    private ServiceProcess start(TestInfo test, int run, Path seeds) throws IOException, InterruptedException {
        Path logs = Path.of(System.getProperty("cinequiz.logs", "target/durability-it"));
        String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + "-" + run;
        ServiceProcess service = ServiceProcess.start(dir, logs.resolve(name + ".log"), Map.of(), seeds);
        services.add(service);
        if (apiKey == null) {
            apiKey = service.createClient("durability", Map.of("scopes", List.of("play"), "sessionsPerHour", 100_000));
        }
        service.useApiKey(apiKey);
        assertTrue(Files.isRegularFile(dir.resolve("data/cinequiz.mv.db")),
                "the service uses its default database ./data/cinequiz in a fresh folder");
        return service;
    }
}
