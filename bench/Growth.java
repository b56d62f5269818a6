import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phase of bench/growth.sh: plays {@code n} units of one kind through the API of a running service.
 * <pre>
 *   java bench/Growth.java BASE API_KEY sessions N   # sessions of 10 questions, each answered (one new player each)
 *   java bench/Growth.java BASE API_KEY rooms N      # room games of 10 rounds, 3 players answering each round
 *   java bench/Growth.java BASE API_KEY tokens N     # OpenTDB tokens, each serving one batch of 10 questions
 * </pre>
 * Prints the number of units played and of requests that failed.
 */
public class Growth {

    private static final Pattern FIELD = Pattern.compile("\"(sessionId|token|roundId|id|finished)\":\"?([^\",}]+)\"?");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String base;
    private static String key;
    private static volatile int failed;

    public static void main(String[] args) throws Exception {
        base = args[0];
        key = args[1];
        int n = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        if (args[2].equals("rooms")) {
            // A room's first round closes only at its deadline (players join during it): games run side by side.
            var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            for (int i = 0; i < n; i++) {
                int room = i;
                pool.execute(() -> {
                    try {
                        room(room);
                    } catch (Exception e) {
                        failed++;
                        System.err.println("room " + room + ": " + e);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        }
        for (int i = 0; i < n && !args[2].equals("rooms"); i++) {
            switch (args[2]) {
                case "sessions" -> session(i);
                case "tokens" -> token();
                default -> throw new IllegalArgumentException(args[2]);
            }
        }
        System.out.printf("%s: %d played, %d failed requests, %.1f s%n", args[2], n, failed,
                (System.nanoTime() - start) / 1e9);
    }

    private static void session(int i) throws Exception {
        String created = call("POST", "/api/v1/sessions", null, "{\"playerId\":\"g-" + i + "-" + System.nanoTime()
                + "\",\"displayName\":\"Grower\",\"film\":\"city-of-lost-children\",\"amount\":10}");
        String path = "/api/v1/sessions/" + field(created, "sessionId");
        String token = field(created, "token");
        for (int q = 0; q < 10; q++) {
            String next = call("GET", path + "/next", token, null);
            String id = field(next.substring(next.indexOf("\"question\"")), "id");
            call("POST", path + "/answers", token, "{\"questionId\":\"" + id + "\",\"choice\":0}");
        }
    }

    private static void room(int i) throws Exception {
        String games = "/api/v1/rooms/growth-" + i + "-" + System.nanoTime() + "/games";
        call("POST", games, null, "{\"film\":\"city-of-lost-children\",\"targetScore\":1000,\"questionSeconds\":5}");
        for (int r = 0; r < 10; r++) {
            String round = field(call("POST", games + "/current/rounds", null, null), "roundId");
            for (int p = 0; p < 3; p++) {
                call("POST", games + "/current/rounds/" + round + "/answers", null,
                        "{\"playerId\":\"u-" + p + "\",\"displayName\":\"Player " + p + "\",\"choice\":" + p % 2 + "}");
            }
            if (r == 0) {
                Thread.sleep(5_600); // the first round closes at its deadline; later ones once all three answered
            }
        }
        call("DELETE", games + "/current", null, null);
    }

    private static void token() throws Exception {
        String token = field(call("GET", "/api_token.php?command=request", null, null), "token");
        call("GET", "/api.php?amount=10&token=" + token, null, null);
    }

    private static String call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            failed++;
            System.err.println(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
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
}
