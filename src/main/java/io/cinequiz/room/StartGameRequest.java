package io.cinequiz.room;

import io.cinequiz.names.Ids;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * A new game in a room. Filters are as for {@code GET /api/v1/questions}; {@code targetScore} is the number of correct
 * answers that wins (default 10); {@code questionSeconds} the time per question (default 15, at most the sessions' time
 * limit, against which points are counted); {@code community} optionally the client's community (a Discord guild),
 * whose leaderboard counts the game.
 */
public record StartGameRequest(String film, String category, String difficulty,
        @Min(1) @Max(1000) Integer targetScore,
        @Min(5) @Max(120) Integer questionSeconds,
        @Pattern(regexp = Ids.LOCAL_ID, message = Ids.LOCAL_ID_MESSAGE) String community) {
}
