package io.cinequiz.leaderboard;

import java.time.Instant;
import java.util.List;

/** A player's rank and standing on one board, with the entries just above (nearest last) and just below. */
public record PlayerRank(String scope, String film, String community, String window, String period, long totalPlayers,
        long rank, PlayerStanding standing, List<LeaderboardEntry> above, List<LeaderboardEntry> below) {

    /** Everything a board knows about a player. */
    public record PlayerStanding(String playerId, String displayName, long score, int games, int correct, int answered,
            double accuracy, int bestGame, int wins, Instant lastPlayed) {

        static PlayerStanding of(Standing s) {
            return new PlayerStanding(s.playerId, s.displayName, s.score, s.games, s.correct, s.answered,
                    LeaderboardEntry.accuracy(s.correct, s.answered), s.bestGame, s.wins, s.lastPlayedAt);
        }
    }
}
