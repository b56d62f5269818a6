package io.cinequiz.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.problem.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer answers before any resource runs (review L3, L5): a too-large body is a 413 problem whatever its
 * framing; a request without a Host is a 400 problem; requests Vert.x cannot parse are 4xx, never 500.
 */
@QuarkusTest
class HttpLayerTest {

    @TestHTTPResource("/")
    URL api;

    private static void assertProblem(RawHttp.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(Problem.MEDIA_TYPE, reply.header("Content-Type"), reply.toString());
        assertTrue(reply.body().contains("\"type\":\"" + Problem.TYPE_BASE + type + "\""), reply.body());
        assertTrue(reply.body().contains("\"status\":" + status), reply.body());
    }

    @Test
    void aChunkedBodyOfAMegabyteIsA413ProblemLikeOneWithALength() throws Exception {
        String question = given().get("/api/v1/questions?amount=1").then().extract().path("[0].id");
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) 'x');
        RawHttp.Reply reply = RawHttp.exchange(api, "POST /api/v1/questions/" + question + "/reports HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunk, 128);
        assertProblem(reply, 413, "request-entity-too-large");
        // a small chunked body is read as before
        byte[] small = "{\"choice\":0}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply ok = RawHttp.exchange(api, "POST /api/v1/questions/" + question + "/check HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n", small, 1);
        assertEquals(200, ok.status(), ok.toString());
    }

    @Test
    void aRequestWithoutAValidHostIsA400Problem() throws Exception {
        assertProblem(RawHttp.exchange(api, "GET /api/v1/info HTTP/1.1\r\n\r\n"), 400, "bad-request");
        assertProblem(RawHttp.exchange(api, "GET /api/v1/info HTTP/1.1\r\nHost: ZAP%n%s%n%s\r\n\r\n"), 400,
                "bad-request");
        assertEquals(200, RawHttp.exchange(api, "GET /api/v1/info HTTP/1.0\r\n\r\n").status(), "HTTP/1.0 needs none");
    }

    @Test
    void requestsVertxCannotParseAre4xxNeverA500() throws Exception {
        assertEquals(400, RawHttp.exchange(api, "GARBAGE\r\n\r\n").status());
        assertEquals(400, RawHttp.exchange(api, "GET /api/v1/info HTTP/1.1\r\nHost x\r\n\r\n").status());
        assertEquals(414, RawHttp.exchange(api, "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                .status());
        assertEquals(431, RawHttp.exchange(api, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\n\r\n").status());
    }

    /** Review round 2, L3: a Content-Length over 64 KiB (Quarkus's old limit) is the same 413 problem as one over 8 KB. */
    @Test
    void anyLengthOverTheLimitIsA413Problem() throws Exception {
        for (String length : new String[] {"70000", "1073741824"}) {
            assertProblem(RawHttp.exchange(api, "POST /api/v1/players HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n"), 413,
                    "request-entity-too-large");
        }
    }

    /** Review round 2, L3: two Host headers are a 400 problem (RFC 9112, section 3.2). */
    @Test
    void twoHostHeadersAreA400Problem() throws Exception {
        assertProblem(RawHttp.exchange(api, "GET /api/v1/info HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n"
                + "\r\n"), 400, "bad-request");
    }

    /** Review round 2, L3: a transfer coding other than chunked is a 501 problem at once, not a held connection. */
    @Test
    void anUnsupportedTransferCodingIsA501ProblemAtOnce() throws Exception {
        long start = System.nanoTime();
        RawHttp.Reply reply = RawHttp.exchange(api, "POST /api/v1/players HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
        assertProblem(reply, 501, "not-implemented");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "answered before the 30 s deadline");
    }

    /**
     * Review round 2, L3: what Vert.x answers itself, without a hook for a problem body, stays a 4xx or a closed
     * connection, never a 500: a bad chunk size, a request line of another HTTP version.
     */
    @Test
    void malformedFramingIsNeverA500() throws Exception {
        String badChunk = "POST /api/v1/players HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
        try {
            RawHttp.Reply reply = RawHttp.exchange(api, badChunk);
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply.toString());
        } catch (java.io.IOException closedWithoutAnswer) {
            // closed by Vert.x without a response: no 500 either
        }
        for (String version : new String[] {"HTTP/1.2", "HTTP/2.0"}) {
            RawHttp.Reply reply = RawHttp.exchange(api, "GET /api/v1/info " + version + "\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertTrue(reply.status() < 500, version + ": " + reply);
        }
    }

    /** Review round 2, L3: a browser call from another site is a 403 problem, not an empty 403. */
    @Test
    void aForeignOriginIsA403Problem() throws Exception {
        assertProblem(RawHttp.exchange(api, "GET /api/v1/info HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: http://evil.example\r\nConnection: close\r\n\r\n"), 403, "cors-rejected");
        assertProblem(RawHttp.exchange(api, "OPTIONS /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: null\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n"), 403,
                "cors-rejected");
    }
}
