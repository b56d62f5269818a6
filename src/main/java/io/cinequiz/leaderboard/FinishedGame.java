package io.cinequiz.leaderboard;

import java.time.Instant;

/**
 * A finished game, as the leaderboards count it. {@code gameId} is unique per game (a session id); {@code filmId} and
 * {@code community} are null when the game had none; {@code answered} counts the questions the player was served
 * (answered or timed out) out of {@code total}; {@code won} is for room games (a solo session never wins).
 */
public record FinishedGame(String gameId, String playerId, String displayName, String filmId, String community,
        int score, int correct, int answered, int total, boolean won, Instant finishedAt) {
}
