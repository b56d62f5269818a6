package io.cinequiz.leaderboard;

import java.util.List;

/**
 * A page of a leaderboard. {@code period} is the current month ("2026-12"), ISO week ("2026-W49") or day
 * ("2026-12-01") for those windows, null for all time; {@code totalPlayers} counts everyone ranked on the board.
 */
public record LeaderboardPage(String scope, String film, String community, String window, String period,
        long totalPlayers, int offset, int limit, List<LeaderboardEntry> entries) {
}
