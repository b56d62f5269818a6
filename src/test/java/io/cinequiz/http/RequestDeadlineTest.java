package io.cinequiz.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that dribbles its request a byte a second is cut off at the request deadline (30 s by default; 3 s here, so
 * that the test is quick), not held for as long as it likes; a client that sends its request at once is served.
 */
@QuarkusTest
@TestProfile(RequestDeadlineTest.ShortDeadline.class)
class RequestDeadlineTest {

    /** A deadline of 3 s. */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.http.request-deadline", "3s");
        }
    }

    @TestHTTPResource("/")
    URL api;

    @Test
    void aConnectionWithUnfinishedHeadersIsClosedAtTheRequestDeadline() throws IOException {
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET /api/v1/info HTTP/1.1\r\nHost: " + api.getHost() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            Instant start = Instant.now();
            boolean closed = false;
            while (!closed && Duration.between(start, Instant.now()).toSeconds() < 30) {
                try {
                    out.write('X');
                    out.flush();
                    closed = in.read() < 0;
                } catch (SocketTimeoutException e) {
                    // still open: one more byte
                } catch (IOException e) {
                    closed = true; // reset
                }
            }
            Duration held = Duration.between(start, Instant.now());
            assertTrue(closed, "the connection was held for " + held);
            assertTrue(held.toSeconds() <= 6, "closed after " + held + " with a deadline of 3 s");
        }
        given().get("/api/v1/info").then().statusCode(200);
    }
}
