package io.cinequiz.problem;

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
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problems raised at the HTTP layer, before any resource runs, answered as {@code application/problem+json} like the
 * rest ({@link ProblemMapper} answers everything raised inside the REST layer):
 * <ul>
 * <li>a body sent without a length (chunked) is read here, up to {@code quiz.http.max-body}; past that, 413, whatever
 * the framing (a body with a length is checked against its Content-Length by {@code BodyLimitFilter});</li>
 * <li>a request Vert.x routes but refuses (an HTTP/1.1 request without a {@code Host}, or with one it cannot parse:
 * 400; a body too large: 413; any other 4xx) gets a problem, never Quarkus's error page;</li>
 * <li>review round 2, L3: a {@code Content-Length} over the limit is a 413 problem whatever the method (Quarkus's own
 * check, {@code quarkus.http.limits.max-body-size}, sits far above it and answered with an empty body); two
 * {@code Host} headers are a 400 problem (RFC 9112, section 3.2); a transfer coding other than {@code chunked} alone is
 * a 501 problem at once (RFC 9112, section 6.1), not a connection held until the deadline; a browser request from an
 * origin that is certainly not allowed (another host, not in {@code quarkus.http.cors.origins}) is a 403 problem,
 * charged to the address's rate limit, before Quarkus's CORS filter would answer it with an empty body.</li>
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
    private final Set<String> corsOrigins;
    private final io.cinequiz.ratelimit.RateLimiter limiter;

    HttpLayerProblems(ObjectMapper json, HttpConfig config, io.cinequiz.ratelimit.RateLimiter limiter,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        this.json = json;
        this.maxBody = config.maxBody().asLongValue();
        this.limiter = limiter;
        this.corsOrigins = Set.copyOf(corsOrigins.orElse(List.of()));
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBody).setHandleFileUploads(false);
        router.route().order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            if (refused(context)) {
                return;
            }
            if (!request.headers().contains(HttpHeaders.CONTENT_LENGTH) && (WITH_BODY.contains(request.method())
                    || request.headers().contains(HttpHeaders.TRANSFER_ENCODING))) {
                bodies.handle(context); // read here, counted as it streams: 413 past the limit
            } else {
                context.next();
            }
        });
        router.route().order(ORDER).failureHandler(this::answer);
    }

    /** Answers (and returns true for) a request refused before anything else runs; see the class comment. */
    private boolean refused(RoutingContext context) {
        HttpServerRequest request = context.request();
        List<String> hosts = request.headers().getAll(HttpHeaders.HOST);
        if (hosts.size() > 1) {
            send(context, 400, "bad-request", "Bad Request", "A request has one Host header; this one has "
                    + hosts.size());
            return true;
        }
        List<String> codings = request.headers().getAll(HttpHeaders.TRANSFER_ENCODING);
        if (!codings.isEmpty() && !(codings.size() == 1 && codings.get(0).trim().equalsIgnoreCase("chunked"))) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(context, 501, "not-implemented", "Not Implemented", "This API takes no transfer coding but chunked"
                    + " (Transfer-Encoding: " + String.join(", ", codings) + ")");
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.trim().matches("[0-9]{1,19}") && !length.trim().matches("0*")
                && new java.math.BigInteger(length.trim()).compareTo(java.math.BigInteger.valueOf(maxBody)) > 0) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the body is not read
            send(context, 413, "request-entity-too-large", "Request Entity Too Large", "The request body has "
                    + length.trim() + " bytes; this API takes at most " + maxBody);
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && foreignOrigin(origin, request)) {
            try {
                limiter.chargeAddress(request);
            } catch (io.cinequiz.ratelimit.RateLimitedException limited) {
                context.response().putHeader("Retry-After", String.valueOf(limited.headers().get("Retry-After")));
                send(context, 429, limited.type(), limited.title(), limited.getMessage());
                return true;
            }
            send(context, 403, "cors-rejected", "Forbidden", "Browsers may not call this API from origin '"
                    + origin + "' (not the service's own origin, nor one the operator allowed)");
            return true;
        }
        return false;
    }

    /**
     * Whether an origin is certainly refused by Quarkus's CORS filter: not listed, and of another host than the
     * request's. Anything less certain (the same host on another port or scheme, a wildcard or pattern in the list)
     * is left to that filter.
     */
    private boolean foreignOrigin(String origin, HttpServerRequest request) {
        if (corsOrigins.contains(origin) || corsOrigins.stream().anyMatch(o -> o.contains("*") || o.startsWith("/"))) {
            return false;
        }
        String host;
        try {
            host = URI.create(origin.trim()).getHost();
        } catch (IllegalArgumentException unparsable) {
            host = null;
        }
        String authority = request.authority() == null ? null : request.authority().host();
        return authority != null && (host == null || !host.equalsIgnoreCase(authority));
    }

    private void send(RoutingContext context, int status, String type, String title, String detail) {
        RouteProblems.send(context, json, status, type, title, detail, RouteProblems.path(context));
    }

    private void answer(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof io.vertx.core.http.HttpClosedException) {
            return; // the client is gone: nothing to answer, nothing to report
        }
        if (failure instanceof NumberFormatException || failure instanceof io.netty.handler.codec.DecoderException) {
            // a chunked body whose framing Netty cannot decode (a chunk size that is not hexadecimal)
            if (!context.response().headWritten() && !context.response().closed()) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                send(context, 400, "bad-request", "Bad Request", "The request body's chunked framing is not valid");
            }
            return;
        }
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
        if (status == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        }
        send(context, status, type, title, detail);
    }
}
