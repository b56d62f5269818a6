package io.cinequiz.leaderboard;

/** One line of a leaderboard. {@code accuracy} is correct answers per question served, 0 to 1. */
public record LeaderboardEntry(long rank, String playerId, String displayName, long score, int games, int correct,
        double accuracy) {

    static LeaderboardEntry of(Standing s, long rank) {
        return new LeaderboardEntry(rank, s.playerId, s.displayName, s.score, s.games, s.correct,
                accuracy(s.correct, s.answered));
    }

    static double accuracy(int correct, int answered) {
        return answered == 0 ? 0 : Math.round(correct * 1000.0 / answered) / 1000.0;
    }
}
