package io.cinequiz.room;

import java.time.Instant;
import java.util.List;

/**
 * A room game and its scores, best first. {@code endReason}: {@code target-reached}, {@code questions-exhausted} or
 * {@code ended} (by DELETE, without a winner); {@code winners} are player ids (ties shared).
 */
public record RoomGameView(String gameId, String roomKey, int number, String film, String category, String difficulty,
        String community, int targetScore, int questionSeconds, int rounds, CurrentRound currentRound,
        boolean finished, String endReason, List<String> winners, List<PlayerScore> players, Instant startedAt,
        Instant finishedAt) {

    /** The latest round: open while it takes answers for points. */
    public record CurrentRound(String roundId, int number, boolean open, Instant deadline) {
    }

    /** A player's score (correct answers), speed points and answers given. */
    public record PlayerScore(int rank, String playerId, String displayName, int score, int points, int answered,
            boolean winner) {
    }
}
