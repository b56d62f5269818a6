package io.cinequiz.http;

import io.cinequiz.problem.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body larger than {@code quiz.http.max-body} (every JSON body of the API is a small object) with a
 * 413 problem, by its Content-Length, before the body is read. A body sent without a length (chunked) is counted as
 * it streams, against the same limit, by {@code io.cinequiz.problem.HttpLayerProblems}.
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
