package io.cinequiz.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions are durable: they survive a restart of the service.
 *
 * <p>Runs the packaged jar (built by {@code mvn package}) as a child process on a fresh H2 file database with the
 * production settings; run by {@code mvn verify} through Failsafe, on the H2 build only.
 */
class SessionDurabilityIT {

    private static final String SESSIONS = "/api/v1/sessions";

    @TempDir
    Path dir;

    private final List<ServiceProcess> services = new ArrayList<>();

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

        service.stop();
        assertTrue(service.log().contains("stopped in"), "SIGTERM stops the service gracefully");
        ServiceProcess restarted = start(test, 2);

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
        assertEquals(summary.get("results").get(1).get("questionId").asText(), secondQuestion);
        JsonNode secondAnswer = restarted.post(path + "/answers", token,
                Map.of("questionId", secondQuestion, "choice", 0)).expect(200);
        assertEquals(summary.get("score").asInt() + secondAnswer.get("points").asInt(),
                secondAnswer.get("totalScore").asInt());
        assertEquals(2, restarted.get(path, token).expect(200).get("answered").asInt());
    }

    private ServiceProcess start(TestInfo test, int run) throws IOException, InterruptedException {
        Path logs = Path.of(System.getProperty("cinequiz.logs", "target/durability-it"));
        String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + "-" + run;
        ServiceProcess service = ServiceProcess.start(dir, logs.resolve(name + ".log"));
        services.add(service);
        assertTrue(Files.isRegularFile(dir.resolve("data/cinequiz.mv.db")),
                "the service uses its default database ./data/cinequiz in a fresh folder");
        return service;
    }
}
