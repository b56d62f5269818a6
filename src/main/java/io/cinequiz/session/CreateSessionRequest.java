package io.cinequiz.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new session. {@code playerId} is the client's own opaque id for the player (a Discord user id, say);
 * {@code community} optionally groups players (a Discord guild). Filters are as for {@code GET /api/v1/questions}.
 */
public record CreateSessionRequest(
        @NotBlank @Size(max = 64) String playerId,
        @NotNull @Pattern(regexp = DISPLAY_NAME, message = DISPLAY_NAME_MESSAGE) String displayName,
        String film, String category, String difficulty, String type,
        @Min(1) @Max(50) Integer amount,
        @Min(5) @Max(120) Integer timeLimitSeconds,
        @Size(max = 64) String community) {

    /**
     * A display name: 1 to 32 letters, digits, spaces and {@code _-.'}, trimmed (also for room players). The OpenAPI
     * document serves it as is, so it reads alike in Java and in ECMAScript with the u flag: anchored, because a
     * document pattern may match part of a value, and with Java's {@code \s} spelt out, because ECMAScript's also
     * matches other Unicode spaces.
     */
    public static final String DISPLAY_NAME = "^[ \\t\\n\\x0B\\f\\r]*[\\p{L}\\p{N}_.'-]"
            + "(?:[\\p{L}\\p{N} _.'-]{0,30}[\\p{L}\\p{N}_.'-])?[ \\t\\n\\x0B\\f\\r]*$";
    public static final String DISPLAY_NAME_MESSAGE = "must be 1 to 32 letters, digits, spaces or _-.' characters";
}
