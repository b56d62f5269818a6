package io.cinequiz.fairplay;

import java.time.Instant;

/** A fair-play flag as moderators see it; {@code bankQuestionId} is set for too-fast answers. */
public record FlagView(long id, String playerId, String kind, String gameId, String bankQuestionId, Long elapsedMs,
        String detail, Instant createdAt) {

    static FlagView of(FairPlayFlag f) {
        return new FlagView(f.id, f.playerId, f.kind, f.gameId, f.questionId, f.elapsedMs, f.detail, f.createdAt);
    }
}
