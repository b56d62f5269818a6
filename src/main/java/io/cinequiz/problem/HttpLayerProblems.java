package io.cinequiz.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinequiz.http.HttpConfig;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;

/**
 * Problems raised at the HTTP layer, before any resource runs, answered as {@code application/problem+json} like the
 * rest ({@link ProblemMapper} answers everything raised inside the REST layer):
 * <ul>
 * <li>a body sent without a length (chunked) is read here, up to {@code quiz.http.max-body}; past that, 413, whatever
 * the framing (a body with a length is checked against its Content-Length by {@code BodyLimitFilter});</li>
 * <li>a request Vert.x routes but refuses (an HTTP/1.1 request without a {@code Host}, or with one it cannot parse:
 * 400; a body too large: 413; any other 4xx) gets a problem, never Quarkus's error page.</li>
 * </ul>
 * Requests Vert.x cannot even parse (a malformed request line: 400; a request line too long: 414; headers too large:
 * 431) are answered by Vert.x itself, with the right status and an empty body: Quarkus gives no hook into that.
 */
@ApplicationScoped
class HttpLayerProblems {

    /** Before Quarkus's own handlers (CORS, security, the REST layer). */
    private static final int ORDER = -2_000_000;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** Left to Quarkus: its authentication challenges and errors. */
    private static final Set<Integer> PASSED_ON = Set.of(401, 403, 407);

    private final ObjectMapper json;
    private final long maxBody;

    HttpLayerProblems(ObjectMapper json, HttpConfig config) {
        this.json = json;
        this.maxBody = config.maxBody().asLongValue();
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBody).setHandleFileUploads(false);
        router.route().order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            if (WITH_BODY.contains(request.method()) && !request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                bodies.handle(context); // read here, counted as it streams: 413 past the limit
            } else {
                context.next();
            }
        });
        router.route().order(ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status > 499 || PASSED_ON.contains(status) || context.response().headWritten()) {
            context.next();
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String detail = switch (status) {
            case 400 -> context.request().version() != io.vertx.core.http.HttpVersion.HTTP_1_0
                    && context.request().authority() == null
                    ? "An HTTP/1.1 request needs a valid Host header" : "The request is not valid HTTP";
            case 413 -> "The request body has more than " + maxBody + " bytes, the most this API takes";
            default -> title;
        };
        String type = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String path;
        try {
            path = context.request().path();
        } catch (RuntimeException unparsable) {
            path = null;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, path, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.next();
            return;
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        }
        context.response().end(body);
    }
}
