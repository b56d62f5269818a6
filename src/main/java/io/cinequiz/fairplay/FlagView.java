package io.cinequiz.fairplay;

import java.time.Instant;

/**
 * A fair-play flag as moderators see it; {@code bankQuestionId} is set for too-fast answers; {@code answers},
 * {@code correct}, {@code expectedCorrect} and {@code tailProbability} for accuracy flags (the player's latest answers
 * judged, how many were right, how many honest play predicts, and the probability that an honest strong player does
 * at least as well).
 */
public record FlagView(long id, String playerId, String kind, String gameId, String bankQuestionId, Long elapsedMs,
        Integer answers, Integer correct, Double expectedCorrect, Double tailProbability, String detail,
        Instant createdAt) {

    static FlagView of(FairPlayFlag f) {
        return new FlagView(f.id, f.playerId, f.kind, f.gameId, f.questionId, f.elapsedMs, f.answers,
                f.correctAnswers, f.expectedCorrect, f.tailProbability, f.detail, f.createdAt);
    }
}
