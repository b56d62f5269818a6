package io.cinequiz.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a child process with its production
 * configuration, and JSON calls to it. Only the ports (free ones for the API and the management interface, read back
 * from the log), the host (loopback), the seeds folder and the operator secret ({@link #ADMIN_SECRET}) are set, plus the
 * environment variables the caller gives (the PostgreSQL build's {@code QUIZ_DB_URL}, say); the working directory is
 * the caller's, so the H2 build's default database
 * {@code jdbc:h2:file:./data/cinequiz;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE} lives under it. Its output (JSON lines, as
 * in production) goes to a log file. Calls carry the API key given to {@link #useApiKey} (an API client's, made with
 * {@link #createClient}). Public for the scale-out test ({@code io.cinequiz.scale}).
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    /** Quarkus's start-up line: the API's address, then the management interface's. */
    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://[^\\s,\"]+?:\\d+)");
    private static final Pattern MANAGEMENT = Pattern.compile("Management interface listening on (http://[^\\s,\"]+?:\\d+)");
    /** The operator secret the service runs with, unless the caller gives QUIZ_ADMIN_SECRET. */
    public static final String ADMIN_SECRET = "integration-test-operator-secret";
    /** The built jar that is started (mvn package), and the project's seeds it is started on. */
    static final Path JAR = Path.of(System.getProperty("cinequiz.jar", "target/quarkus-app/quarkus-run.jar"))
            .toAbsolutePath();
    static final Path SEEDS = Path.of(System.getProperty("cinequiz.seeds", "seeds"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final URI base;
    private final URI management;
    private final String adminSecret;
    private final HttpClient http;
    private volatile String apiKey;

    private ServiceProcess(Process process, Path log, URI[] addresses, String adminSecret) {
        this.process = process;
        this.log = log;
        this.base = addresses[0];
        this.management = addresses[1];
        this.adminSecret = adminSecret;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts the jar in {@code workDir}, logging to {@code log}, and returns once it is ready. */
    static ServiceProcess start(Path workDir, Path log) throws IOException, InterruptedException {
        return start(workDir, log, Map.of());
    }

    /** Starts the jar in {@code workDir} with these environment variables added, and returns once it is ready. */
    public static ServiceProcess start(Path workDir, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        return start(workDir, log, env, SEEDS);
    }

    /** As {@link #start(Path, Path, Map)}, on the seeds of another folder than the project's. */
    static ServiceProcess start(Path workDir, Path log, Map<String, String> env, Path seedsDir)
            throws IOException, InterruptedException {
        Path seeds = seedsDir.toAbsolutePath();
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " does not exist: build it first (mvn package)");
        }
        Files.createDirectories(log.getParent());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0", "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=0", "-Dquiz.seeds.dir=" + seeds,
                "-Dquiz.rate-limit.enabled=false", // 16 players on one address
                "-jar", JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUIZ_ADMIN_SECRET", ADMIN_SECRET);
        // JSON lines, as the container logs (Dockerfile): a test reads the level and the exception of each entry
        builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        builder.environment().putAll(env);
        String adminSecret = builder.environment().get("QUIZ_ADMIN_SECRET");
        Process process = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        ServiceProcess service = null;
        try {
            service = new ServiceProcess(process, log, awaitListening(process, log, deadline), adminSecret);
            service.awaitReady(deadline);
            return service;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The API's address and the management interface's, once the start-up line names them. */
    private static URI[] awaitListening(Process process, Path log, Instant deadline)
            throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            String text = read(log);
            Matcher api = LISTENING.matcher(text);
            Matcher management = MANAGEMENT.matcher(text);
            if (api.find() && management.find()) {
                return new URI[] {URI.create(api.group(1)), URI.create(management.group(1))};
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " before listening;"
                        + " see " + log + ":\n" + tail(log));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The service did not listen within " + START_TIMEOUT + "; see " + log);
    }

    private void awaitReady(Instant deadline) throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(HttpRequest.newBuilder(management.resolve("/q/health/ready")).timeout(CALL_TIMEOUT).GET())
                        .status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not accepting connections yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " before it was"
                        + " ready; see " + log + ":\n" + tail(log));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The service was not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** Stops the service as an orchestrator does (SIGTERM) and waits for it to exit; returns its exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The service did not stop within " + STOP_TIMEOUT + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** Kills the service with SIGKILL ({@code kill -9}): no shutdown hook, no flush, no closing of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The service did not die within " + STOP_TIMEOUT + " of SIGKILL");
        }
    }

    public String log() throws IOException {
        return read(log);
    }

    /** The address it listens on, such as {@code http://127.0.0.1:41234}. */
    public URI base() {
        return base;
    }

    /** The address of its management interface (health, metrics). */
    public URI management() {
        return management;
    }

    /** Sends this API key ({@code X-API-Key}) with every later call. */
    public ServiceProcess useApiKey(String key) {
        this.apiKey = key;
        return this;
    }

    /**
     * Creates an API client with the admin API (the operator secret) and returns its key. {@code body} gives its scopes
     * and quotas; its id is {@code id}.
     */
    public String createClient(String id, Map<String, Object> body) throws IOException, InterruptedException {
        Map<String, Object> request = new java.util.HashMap<>(body);
        request.put("id", id);
        return send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/clients")).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + adminSecret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request))))
                .expect(201).get("key").asText();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A reply: its status, its JSON body (null when it has none) and its Retry-After header (null when absent). */
    public record Reply(int status, JsonNode body, String raw, String retryAfter) {

        /** This reply's body, or an AssertionError naming the call when the status is not {@code expected}. */
        public JsonNode expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + ", got " + status + ": " + raw);
            }
            return body;
        }
    }

    public Reply get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    public Reply post(String path, String token, Object body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    /**
     * POSTs {@code body} followed by {@code padding} spaces (the same JSON), a hundred bytes at a time over about
     * {@code spread}: a request that stays in flight that long. {@code halfSent} counts down when half is sent.
     */
    CompletableFuture<Reply> postSlowly(String path, String token, Object body, int padding, Duration spread,
            CountDownLatch halfSent) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        byte[] bytes = Arrays.copyOf(json, json.length + padding);
        Arrays.fill(bytes, json.length, bytes.length, (byte) ' ');
        long pauseMillis = spread.toMillis() * 100 / bytes.length;
        InputStream slow = new InputStream() {
            private int sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= bytes.length) {
                    return -1;
                }
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                int n = Math.min(Math.min(length, 100), bytes.length - sent);
                System.arraycopy(bytes, sent, buffer, offset, n);
                sent += n;
                if (sent >= bytes.length / 2) {
                    halfSent.countDown();
                }
                return n;
            }
        };
        return http.sendAsync(request(path, token).timeout(spread.plus(CALL_TIMEOUT))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slow)).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(ServiceProcess::reply);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT);
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Sends the request and reads the whole response: a reply returned here was fully received. */
    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> response) {
        String raw = response.body();
        try {
            return new Reply(response.statusCode(), raw == null || raw.isEmpty() ? null : JSON.readTree(raw), raw,
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    }

    private static String tail(Path log) throws IOException {
        String text = read(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }
}
