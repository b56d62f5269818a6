package io.cinequiz.session;

import io.cinequiz.names.DisplayName;
import io.cinequiz.names.Ids;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A new session. The player is the one of the request's player token; with an API key (scope {@code play}) instead,
 * {@code playerId} is the client's own id for its player (a Discord user id, say), kept as {@code <client>:<playerId>}.
 * {@code community} (with an API key only) optionally groups the client's players (a Discord guild). Filters are as for
 * {@code GET /api/v1/questions}. The time limit per question is the service's ({@code quiz.sessions.time-limit}).
 */
public record CreateSessionRequest(
        @Pattern(regexp = Ids.LOCAL_ID, message = Ids.LOCAL_ID_MESSAGE) String playerId,
        @NotNull @DisplayName String displayName,
        String film, String category, String difficulty, String type,
        @Min(1) @Max(50) Integer amount,
        @Pattern(regexp = Ids.LOCAL_ID, message = Ids.LOCAL_ID_MESSAGE) String community) {
}
