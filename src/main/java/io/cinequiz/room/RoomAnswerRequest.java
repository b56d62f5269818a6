package io.cinequiz.room;

import io.cinequiz.names.DisplayName;
import io.cinequiz.names.Ids;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A player's answer in a round; a player joins the game with their first answer. {@code playerId} is the room's client's
 * own id for the player (kept as {@code <client>:<playerId>}); {@code choice} counts as the round shows the options;
 * {@code requestId} makes retries safe.
 */
public record RoomAnswerRequest(
        @NotNull @Pattern(regexp = Ids.LOCAL_ID, message = Ids.LOCAL_ID_MESSAGE) String playerId,
        @NotNull @DisplayName String displayName,
        @NotNull @Min(0) Integer choice,
        @Pattern(regexp = Ids.REQUEST_ID, message = Ids.REQUEST_ID_MESSAGE) String requestId) {
}
