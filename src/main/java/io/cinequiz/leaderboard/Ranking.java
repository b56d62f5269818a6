package io.cinequiz.leaderboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Standard competition ranking ("1224"): a player's rank is one more than the number of players with a strictly
 * higher score, so equal scores share a rank and the next score's rank skips as many places as were shared.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * Ranks of a page of a board, given the scores on it in board order, the board position of its first entry (0 for
     * the top) and the rank of that first entry. An entry after the first has its predecessor's rank if it has the same
     * score, and otherwise its position plus one: every entry before it then has a higher score.
     */
    static List<Long> ofPage(List<Long> scores, int offset, long firstRank) {
        List<Long> ranks = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            if (i == 0) {
                ranks.add(firstRank);
            } else if (scores.get(i).equals(scores.get(i - 1))) {
                ranks.add(ranks.get(i - 1));
            } else {
                ranks.add((long) offset + i + 1);
            }
        }
        return ranks;
    }

    /**
     * Ranks of the entries just above a player (in board order, the nearest last), from the number of players above
     * the player ({@code playersAbove}) and the number of players at each exact score ({@code atScore}). The entries
     * are contiguous on the board, so between two adjacent distinct scores there is no other score: the players above
     * the nearest higher score y are those above the player's score less the players at y, and so on upwards.
     */
    static List<Long> above(List<Long> scores, long playerScore, long playersAbove, Map<Long, Long> atScore) {
        Long[] ranks = new Long[scores.size()];
        long stillAbove = playersAbove;
        long current = playerScore;
        for (int i = scores.size() - 1; i >= 0; i--) {
            long score = scores.get(i);
            if (score != current) {
                stillAbove -= atScore.getOrDefault(score, 0L);
                current = score;
            }
            ranks[i] = Math.max(1, stillAbove + 1);
        }
        return List.of(ranks);
    }

    /**
     * Ranks of the entries just below a player (in board order, the nearest first): the players above the nearest lower
     * score are those above the player's score plus the players at the player's score, and so on downwards.
     */
    static List<Long> below(List<Long> scores, long playerScore, long playersAbove, Map<Long, Long> atScore) {
        List<Long> ranks = new ArrayList<>(scores.size());
        long above = playersAbove;
        long current = playerScore;
        for (long score : scores) {
            if (score != current) {
                above += atScore.getOrDefault(current, 0L);
                current = score;
            }
            ranks.add(above + 1);
        }
        return ranks;
    }
}
