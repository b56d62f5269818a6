package io.cinequiz.ratelimit;

import io.cinequiz.problem.ApiException;
import java.util.Map;

/** A client has used up its requests; {@code retryAfterSeconds} says when the next one will be accepted. */
public class RateLimitedException extends ApiException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(429, "rate-limited", "Too Many Requests", "Too many requests from this client: retry in "
                + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, Object> headers() {
        return Map.of("Retry-After", retryAfterSeconds);
    }
}
