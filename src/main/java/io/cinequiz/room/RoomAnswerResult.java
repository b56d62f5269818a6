package io.cinequiz.room;

/**
 * What an answer earned: {@code points} by speed if correct, 0 if wrong or {@code late} (after the round closed);
 * {@code firstCorrect} for the round's first correct answer. The correct choice is revealed by the round once closed.
 */
public record RoomAnswerResult(String roundId, String playerId, int choice, boolean correct, boolean late, int points,
        boolean firstCorrect, long timeMs) {

    static RoomAnswerResult of(RoomAnswer a) {
        return new RoomAnswerResult(a.roundId, a.playerId, a.choice, a.correct, a.late, a.points, a.firstCorrect,
                a.elapsedMs);
    }
}
