package io.cinequiz.session;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An answer to the session's current question; {@code requestId} lets a client retry safely. */
public record AnswerRequest(@NotBlank String questionId, @NotNull @Min(0) Integer choice,
        @Size(max = 64) String requestId) {
}
