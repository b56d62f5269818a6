package io.cinequiz.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the service as Kubernetes does (SIGTERM) lets the requests in flight finish: an answer still being received
 * when the signal arrives is handled, acknowledged and stored before the service exits (within
 * {@code quarkus.shutdown.timeout}). Runs the packaged jar, like {@link SessionDurabilityIT}.
 */
class GracefulShutdownIT {

    private static final String SESSIONS = "/api/v1/sessions";
    /** The answer's body trickles in over this long; the service is stopped when half of it has arrived. */
    private static final Duration UPLOAD = Duration.ofSeconds(4);

    @TempDir
    Path dir;

    private final List<ServiceProcess> services = new ArrayList<>();
    private String apiKey;

    @AfterEach
    void killServices() {
        services.forEach(ServiceProcess::close);
    }

    @Test
    void anAnswerInFlightAtSigtermIsFinishedAndStored() throws Exception {
        ServiceProcess service = start(1);
        JsonNode created = service.post(SESSIONS, null, Map.of("playerId", "shutdown-" + UUID.randomUUID(),
                "displayName", "One", "amount", 2)).expect(201);
        String path = SESSIONS + "/" + created.get("sessionId").asText();
        String token = created.get("token").asText();
        String question = service.get(path + "/next", token).expect(200).get("question").get("id").asText();

        CountDownLatch halfSent = new CountDownLatch(1);
        CompletableFuture<ServiceProcess.Reply> answer = service.postSlowly(path + "/answers", token,
                Map.of("questionId", question, "choice", 1), 4000, UPLOAD, halfSent);
        assertTrue(halfSent.await(30, TimeUnit.SECONDS), "the answer is being sent");
        Instant sigterm = Instant.now();
        service.stop();
        Duration stopping = Duration.between(sigterm, Instant.now());

        JsonNode acknowledged = answer.get(30, TimeUnit.SECONDS).expect(200);
        assertTrue(stopping.compareTo(UPLOAD.dividedBy(4)) > 0, "the service waited for the answer: it stopped in "
                + stopping);
        assertTrue(service.log().contains("stopped in"), "SIGTERM stops the service gracefully");
        JsonNode stored = start(2).get(path, token).expect(200);
        assertEquals(1, stored.get("answered").asInt());
        assertEquals(1, stored.get("results").get(0).get("choice").asInt());
        assertEquals(acknowledged.get("totalScore").asInt(), stored.get("score").asInt());
    }

    private ServiceProcess start(int run) throws Exception {
        Path logs = Path.of(System.getProperty("cinequiz.logs", "target/durability-it"));
        String name = getClass().getSimpleName() + "-" + run + ".log";
        ServiceProcess service = ServiceProcess.start(dir, logs.resolve(name));
        services.add(service);
        if (apiKey == null) {
            apiKey = service.createClient("shutdown", Map.of("scopes", List.of("play")));
        }
        service.useApiKey(apiKey);
        return service;
    }
}
