package io.cinequiz.room;

import io.cinequiz.session.Scoring;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The rules of a room game, without a database. A correct answer scores by speed as in sessions (no streak bonus);
 * a player's score toward the target is the number of correct answers, and speed points break ties. A round closes at
 * its deadline plus the grace, or early once every player who had joined before it has answered. The game ends when a
 * round closes with someone at the target score; the winners are those with the best score, then the most points.
 */
final class RoomRules {

    private RoomRules() {
    }

    /** A player's standing in a game. */
    record Tally(String playerId, int score, int points) {
    }

    /** When the round stops taking answers for points: its deadline plus the grace. */
    static Instant closesAt(Instant servedAt, long questionMillis, Duration grace) {
        return servedAt.plusMillis(questionMillis).plus(grace);
    }

    /** Whether an open round is due to close by time at {@code now}. */
    static boolean dueToClose(Instant servedAt, long questionMillis, Duration grace, Instant now) {
        return now.isAfter(closesAt(servedAt, questionMillis, grace));
    }

    /**
     * Whether the round may close early: every player who had joined before it has answered. With nobody joined
     * before (the first round, say), a round closes only by time, so that everyone may join.
     */
    static boolean everyoneAnswered(Collection<String> joinedBefore, Set<String> answered) {
        return !joinedBefore.isEmpty() && answered.containsAll(joinedBefore);
    }

    /**
     * The points of an answer given {@code elapsedMillis} after the round was served, by the sessions' rule and against
     * the sessions' time limit, whatever the room's time per question: the same speed earns the same points on every
     * board. (A room's time is at most that limit, and an answer after the round closed is late, not scored here.)
     */
    static Scoring.Outcome score(boolean correct, long elapsedMillis, long sessionLimitMillis, long graceMillis) {
        return Scoring.score(correct, elapsedMillis, sessionLimitMillis, graceMillis, 0);
    }

    /** As above, weighted by the question's form as in sessions ({@link Scoring#weight}): true/false earns half. */
    static Scoring.Outcome score(boolean correct, long elapsedMillis, long sessionLimitMillis, long graceMillis,
            int options) {
        return Scoring.score(correct, elapsedMillis, sessionLimitMillis, graceMillis, 0, Scoring.weight(options));
    }

    static boolean targetReached(Collection<Tally> players, int targetScore) {
        return players.stream().anyMatch(p -> p.score() >= targetScore);
    }

    /** Best first: score, then points, then player id (for a stable order). */
    static final Comparator<Tally> RANKING = Comparator.comparingInt(Tally::score).reversed()
            .thenComparing(Comparator.comparingInt(Tally::points).reversed()).thenComparing(Tally::playerId);

    /** The players with the best score and, among them, the most points (ties shared); none if nobody scored. */
    static List<String> winners(Collection<Tally> players) {
        Tally best = players.stream().min(RANKING).orElse(null);
        if (best == null || best.score() == 0) {
            return List.of();
        }
        List<String> winners = new ArrayList<>();
        players.stream().sorted(RANKING).filter(p -> p.score() == best.score() && p.points() == best.points())
                .forEach(p -> winners.add(p.playerId()));
        return winners;
    }

    /** Competition ranks (1, 1, 3) for players in {@link #RANKING} order: equal score and points share a rank. */
    static List<Integer> ranks(List<Tally> ranked) {
        List<Integer> ranks = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Tally t = ranked.get(i);
            boolean tied = i > 0 && ranked.get(i - 1).score() == t.score() && ranked.get(i - 1).points() == t.points();
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }
}
