package io.cinequiz.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} is present only for validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** Base of every problem type URI; the last segment names the problem ("not-found", "bad-request", ...). */
    public static final String TYPE_BASE = "https://cinequiz.dev/problems/";

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field or parameter. */
    public record FieldError(String field, String message) {
    }
}
