package io.cinequiz.room;

import io.cinequiz.question.Citation;
import io.cinequiz.question.QuestionView;
import java.time.Instant;
import java.util.List;

/**
 * A round: its question (without the answer; its id is the round's, its options in the round's order), its deadline,
 * and who answered. Once it is closed it also reveals the correct choice, the explanation and citations, the question's
 * bank id, and each player's choice, correctness and points.
 */
public record RoomRoundView(String roundId, String gameId, int number, QuestionView question, Instant servedAt,
        Instant deadline, long remainingMs, boolean closed, String closeReason, Integer correctChoice,
        String correctAnswer, String explanation, List<Citation> citations, String bankQuestionId,
        String firstCorrect, List<Answer> answers, boolean gameFinished) {

    /** One player's answer; all but who and when stay null while the round is open. */
    public record Answer(String playerId, String displayName, long timeMs, Integer choice, Boolean correct,
            Boolean late, Integer points, Boolean firstCorrect) {
    }
}
