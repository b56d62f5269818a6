package io.cinequiz.problem;

import java.util.Map;

/**
 * An error the API reports on purpose: the resource or service knows the status, the problem type and a
 * human-readable detail. {@link ProblemMapper} turns it into a problem details response.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    public ApiException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "not-found", "Not Found", what + " '" + id + "' does not exist");
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(409, type, "Conflict", detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad Request", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Headers the error response carries besides the problem body (such as {@code Retry-After}). */
    public Map<String, Object> headers() {
        return Map.of();
    }
}
