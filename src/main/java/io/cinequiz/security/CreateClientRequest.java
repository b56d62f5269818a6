package io.cinequiz.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A new API client. {@code id} names it for good (it is the namespace of its players and communities, shown on
 * leaderboards as {@code <id>:<player>}); quotas left out take the configured defaults.
 */
public record CreateClientRequest(
        @NotNull @Pattern(regexp = CLIENT_ID, message = CLIENT_ID_MESSAGE) String id,
        @NotEmpty List<@NotNull @Pattern(regexp = "play|rooms|moderation",
                message = "must be play, rooms or moderation") String> scopes,
        @Min(1) @Max(100_000) Integer requestsPerSecond,
        @Min(1) @Max(1_000_000) Integer burst,
        @Min(1) @Max(1_000_000) Integer sessionsPerHour,
        @Min(0) @Max(100_000) Integer openRooms) {

    public static final String CLIENT_ID = "[a-z0-9][a-z0-9-]{0,14}";
    public static final String CLIENT_ID_MESSAGE = "must be 1 to 15 lowercase letters, digits or hyphens, starting with"
            + " a letter or digit";
}
