package io.cinequiz.room;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A new game in a room. Filters are as for {@code GET /api/v1/questions}; {@code targetScore} is the number of correct
 * answers that wins (default 10); {@code questionSeconds} the time per question (default 15); {@code community}
 * optionally the players' community (a Discord guild), whose leaderboard counts the game.
 */
public record StartGameRequest(String film, String category, String difficulty,
        @Min(1) @Max(1000) Integer targetScore,
        @Min(5) @Max(120) Integer questionSeconds,
        @Size(max = 64) String community) {
}
