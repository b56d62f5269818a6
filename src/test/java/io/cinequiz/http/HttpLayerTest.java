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
}
