package io.cinequiz.problem;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error response of the API looks like: an RFC 9457 problem details body. */
public final class ProblemSpec {

    private ProblemSpec() {
    }

    /**
     * An {@code application/problem+json} response with the given status and problem type (the last segment of
     * the type URI, such as "not-found"), a non-empty title and detail, and the request path as instance.
     */
    public static ResponseSpecification problem(int status, String type) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(Problem.MEDIA_TYPE)
                .expectBody("type", startsWith(Problem.TYPE_BASE))
                .expectBody("type", equalTo(Problem.TYPE_BASE + type))
                .expectBody("status", equalTo(status))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("detail", not(emptyOrNullString()))
                .expectBody("instance", startsWith("/"))
                .build();
    }
}
