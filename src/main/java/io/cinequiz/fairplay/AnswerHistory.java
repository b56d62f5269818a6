package io.cinequiz.fairplay;

import java.time.Instant;
import java.util.List;

/**
 * A player's latest scored answers in one kind of play (sessions, room games), for the accuracy rule. Each kind of
 * play provides one; {@link FairPlay} reads them all.
 */
public interface AnswerHistory {

    /** One answer given in time: the bank question's id and whether it was right. */
    record Answered(String questionId, boolean correct, Instant at) {
    }

    /** Up to {@code limit} of the player's answers given in time, newest first. */
    List<Answered> latest(String playerId, int limit);
}
