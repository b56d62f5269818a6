package io.cinequiz.session;

import io.cinequiz.names.Ids;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An answer to the session's current question: its id as served and the chosen option as shown (from 0);
 * {@code requestId} lets a client retry safely.
 */
public record AnswerRequest(
        @NotNull @Pattern(regexp = Ids.QUESTION_ID, message = Ids.QUESTION_ID_MESSAGE) String questionId,
        @NotNull @Min(0) Integer choice,
        @Pattern(regexp = Ids.REQUEST_ID, message = Ids.REQUEST_ID_MESSAGE) String requestId) {
}
