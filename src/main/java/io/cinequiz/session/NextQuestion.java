package io.cinequiz.session;

import io.cinequiz.question.QuestionView;
import java.time.Instant;

/** The session's current question, without its answer, with the time left to answer it. */
public record NextQuestion(String sessionId, int index, int total, QuestionView question, Instant deadline,
        long remainingMs) {
}
