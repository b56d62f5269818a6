package io.cinequiz.room;

/**
 * An answer, acknowledged. While its round is open ({@code roundClosed} false) it says only that the answer was
 * taken: {@code correct}, {@code points} and {@code firstCorrect} are null, so that nobody can probe the options with
 * puppets, nor learn that another player answered right, before the round closes (review round 2, L5). Once the round
 * is closed (this answer closed it, came late, or is a retry after the close) they are given: {@code points} by speed
 * if correct, 0 if wrong or {@code late} (after the round closed); {@code firstCorrect} for the round's first correct
 * answer. The round view gives them all, with the correct choice, once it is closed.
 */
public record RoomAnswerResult(String roundId, String playerId, int choice, Boolean correct, boolean late,
        Integer points, Boolean firstCorrect, long timeMs, boolean roundClosed) {

    static RoomAnswerResult of(RoomAnswer a, boolean roundClosed) {
        return roundClosed
                ? new RoomAnswerResult(a.roundId, a.playerId, a.choice, a.correct, a.late, a.points, a.firstCorrect,
                        a.elapsedMs, true)
                : new RoomAnswerResult(a.roundId, a.playerId, a.choice, null, false, null, null, a.elapsedMs, false);
    }
}
