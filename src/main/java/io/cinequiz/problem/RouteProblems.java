package io.cinequiz.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a problem straight on a Vert.x route, for the handlers that run before the REST layer and its
 * {@link ProblemMapper} ({@link HttpLayerProblems}, the OpenAPI document's rate limit).
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the response with the problem; {@code instance} is the path it names, or null. */
    public static void send(RoutingContext context, ObjectMapper json, int status, String type, String title,
            String detail, String instance) {
        try {
            String body = json.writeValueAsString(new Problem(Problem.TYPE_BASE + type, title, status, detail,
                    instance, null));
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }

    /** The request's path, or null when it cannot be parsed. */
    public static String path(RoutingContext context) {
        try {
            return context.request().path();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
