import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for bench/answers.sh (run as a single-file program: java bench/AnswerLoad.java BASE THREADS SECONDS).
 * Each thread plays its own sessions: GET next, then POST the answer, over and over, creating a new session when one
 * ends. Prints answers/s and the latency percentiles of the answer requests. An optional fourth argument paces the
 * load: RATE answers/s in all, each thread starting a question every THREADS / RATE seconds (an open load below the
 * service's limit, so the latencies show the service's own time rather than the queue in front of it). It speaks HTTP/1.1 over one kept-alive
 * socket per thread with TCP_NODELAY and writes each request in one piece (java.net.http writes headers and body
 * separately, which meets delayed ACKs and adds 40 ms to every POST).
 */
public class AnswerLoad {

    private static final Pattern FIELD = Pattern.compile("\"(sessionId|token)\":\"([^\"]+)\"");
    /** The key of the API client (scope play) whose players the sessions are (answers.sh makes it). */
    private static final String API_KEY = System.getenv("BENCH_API_KEY");
    private static final Pattern QUESTION = Pattern.compile("\"question\":\\{\"id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        long interval = rate > 0 ? (long) (threads / rate * 1_000_000_000L) : 0;
        URI uri = URI.create(base);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> lastOfSession = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                int session = 0;
                long due = System.nanoTime() + (interval > 0 ? interval * thread / threads : 0);
                try (Connection client = new Connection(uri.getHost(), uri.getPort())) {
                    while (System.nanoTime() < end) {
                        String player = "bench-" + thread + "-" + (session++) + "-" + System.nanoTime();
                        String created = client.request("POST", "/api/v1/sessions", null, API_KEY,
                                "{\"playerId\":\"" + player + "\",\"displayName\":\"Bench\",\"amount\":50}");
                        String id = field(created, "sessionId");
                        String token = field(created, "token");
                        for (int q = 0; q < 50 && System.nanoTime() < end; q++) {
                            if (interval > 0) {
                                long now = System.nanoTime();
                                if (due > now) {
                                    Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
                                }
                                due = Math.max(due + interval, System.nanoTime() - interval); // no burst to catch up
                            }
                            String next = client.request("GET", "/api/v1/sessions/" + id + "/next", token, null, null);
                            Matcher m = QUESTION.matcher(next);
                            if (!m.find()) {
                                break;
                            }
                            long start = System.nanoTime();
                            String result = client.request("POST", "/api/v1/sessions/" + id + "/answers", token, null,
                                    "{\"questionId\":\"" + m.group(1) + "\",\"choice\":0}");
                            mine.add(System.nanoTime() - start);
                            if (q == 49) { // it ends the session, which counts the game on the leaderboards
                                lastOfSession.add(System.nanoTime() - start);
                            }
                            if (result.contains("\"points\"")) {
                                answers.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    latencies.addAll(mine);
                    done.countDown();
                }
            }).start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<Long> last = new ArrayList<>(lastOfSession);
        Collections.sort(last);
        System.out.printf("answers=%d errors=%d answers/s=%.0f p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms"
                + " | the %d answers that ended a session: p50=%.2fms p99=%.2fms%n",
                answers.get(), errors.get(), answers.get() / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.90),
                pct(sorted, 0.99), pct(sorted, 0.999), last.size(), pct(last, 0.5), pct(last, 0.99));
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    /** A minimal HTTP/1.1 client on one kept-alive socket. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(String host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        String request(String method, String path, String token, String apiKey, String body) throws IOException {
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: bench\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (apiKey != null) {
                head.append("X-API-Key: ").append(apiKey).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
            }
            head.append("\r\n");
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            request.write(payload);
            out.write(request.toByteArray());
            out.flush();
            int length = -1;
            for (String line = line(); !line.isEmpty(); line = line()) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            if (length < 0) {
                throw new IOException("response without Content-Length");
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
