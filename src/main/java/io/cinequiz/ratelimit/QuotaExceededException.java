package io.cinequiz.ratelimit;

import io.cinequiz.problem.ApiException;
import java.util.Map;

/** A client or an address has created as many of something as its quota allows this hour. */
public class QuotaExceededException extends ApiException {

    private final long retryAfterSeconds;

    QuotaExceededException(String what, int perHour, String owner, long retryAfterSeconds) {
        super(429, "quota-exceeded", "Too Many Requests", "This " + owner + " has made its " + perHour + " " + what
                + " of the hour: retry in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, Object> headers() {
        return Map.of("Retry-After", retryAfterSeconds);
    }
}
