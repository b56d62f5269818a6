package io.cinequiz.http;

import io.cinequiz.problem.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body larger than {@code quiz.http.max-body} (every JSON body of the API is a small object) with a
 * 413 problem, before the body is read. Vert.x's own limit ({@code quarkus.http.limits.max-body-size}, larger) stays
 * as the backstop for bodies sent without a length (chunked), which it cuts off with a bare 413.
 */
class BodyLimitFilter {

    private final HttpConfig config;

    BodyLimitFilter(HttpConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    void limit(ContainerRequestContext request) {
        int length = request.getLength();
        if (length > config.maxBody().asLongValue()) {
            throw new ApiException(413, "request-entity-too-large", "Request Entity Too Large", "The request body has "
                    + length + " bytes; this API takes at most " + config.maxBody().asLongValue());
        }
    }
}
