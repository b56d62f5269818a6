package io.cinequiz.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.cinequiz.database.ConnectionLimit;
import io.cinequiz.problem.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns exceptions into RFC 9457 problem details ({@code application/problem+json}).
 * Every error the API answers goes through here; nothing relies on the framework's implicit mapping.
 */
class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** Seconds a client should wait before it sends again a request the database was too busy for. */
    static final int BUSY_RETRY_AFTER_SECONDS = 1;

    private final ConnectionLimit connectionLimit;

    ProblemMapper(ConnectionLimit connectionLimit) {
        this.connectionLimit = connectionLimit;
    }

    @ServerExceptionMapper
    Response apiException(ApiException e, UriInfo uri) {
        Response response = problem(e.status(), e.type(), e.title(), e.getMessage(), uri, null);
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return problem(400, "validation", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            detail = field.isEmpty()
                    ? "The request body does not have the shape this operation expects (a JSON object)"
                    : "The request body has a value of the wrong type at '" + field + "'";
            if (!field.isEmpty() && e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                detail = "'" + field + "' must be one of " + java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
            }
        } else {
            String location = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String reason = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().lines().findFirst().orElse("");
            detail = "The request body is not valid JSON" + location + reason;
        }
        return problem(400, "malformed-body", "Malformed request body", detail, uri, null);
    }

    /** Quarkus has its own mapper for this subclass; this one, being ours, takes precedence. */
    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri); // Quarkus wraps a JSON syntax error in a 400
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted to its type.
            return problem(400, "bad-parameter", "Bad Request",
                    "A path or query parameter has a value of the wrong type", uri, null);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This resource does not support that method";
            case 406 -> "This resource cannot produce the media type the request accepts";
            case 415 -> "This resource does not accept that content type";
            default -> e.getMessage();
        };
        return problem(status, slug(title), title, detail, uri, null);
    }

    /** Credentials that did not verify: an unknown or revoked API key, an unknown player token. */
    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        String detail = e.getCause() == null && e.getMessage() != null ? e.getMessage()
                : "The credentials of this request were not accepted";
        return problem(401, "unauthorized", "Unauthorized", detail, uri, null);
    }

    /** An operation that needs credentials, called without. */
    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(401, "unauthorized", "Unauthorized", "This operation needs credentials: an API key (X-API-Key)"
                + " with the scope it needs, or the operator secret for the admin API", uri, null);
    }

    /** Verified credentials without the scope an operation needs. */
    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "These credentials lack the scope this operation needs", uri,
                null);
    }

    /** A change that kept colliding with concurrent changes of the same data. */
    @ServerExceptionMapper
    Response conflict(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return problem(409, "concurrent-change", "Conflict",
                "The resource was changed by another request at the same time; try again", uri, null);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        if (ConnectionLimit.isBusy(e)) {
            return databaseBusy(e, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", uri.getPath(), incident);
        return problem(500, "internal-error", "Internal Server Error",
                "An unexpected error occurred. Quote incident " + incident + " when reporting it.", uri, null);
    }

    /**
     * The database refused a connection, or none of the pool's came free in time: nothing of the request was done,
     * and the same request a moment later is likely to pass.
     */
    private Response databaseBusy(Throwable e, UriInfo uri) {
        connectionLimit.refusedIfSo(e);
        LOG.warnf("The database was too busy for %s: %s", uri.getPath(), ConnectionLimit.reason(e));
        Response response = problem(503, "database-busy", "Service Unavailable", "The database has no connection"
                + " free for this request now; nothing of it was done. Send it again in a moment.", uri, null);
        response.getHeaders().putSingle("Retry-After", BUSY_RETRY_AFTER_SECONDS);
        return response;
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** "list.amount" becomes "amount"; "create.request.displayName" becomes "displayName". */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            names.add(node.getName());
        }
        if (names.size() > 1) {
            names.remove(0); // the body parameter's own name says nothing to a client
        }
        return names.isEmpty() ? path.toString() : String.join(".", names);
    }
}
