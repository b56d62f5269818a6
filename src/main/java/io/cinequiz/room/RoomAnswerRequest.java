package io.cinequiz.room;

import io.cinequiz.session.CreateSessionRequest;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A player's answer in a round; a player joins the game with their first answer. {@code requestId} makes retries safe. */
public record RoomAnswerRequest(
        @NotBlank @Size(max = 64) String playerId,
        @NotNull @Pattern(regexp = CreateSessionRequest.DISPLAY_NAME,
                message = CreateSessionRequest.DISPLAY_NAME_MESSAGE) String displayName,
        @NotNull @Min(0) Integer choice,
        @Size(max = 64) String requestId) {
}
