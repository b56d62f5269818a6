package io.cinequiz.session;

import java.util.List;

/** A session's state: score, answers so far, and per question what was chosen and what was right. */
public record SessionSummary(String sessionId, String playerId, String displayName, String film, String community,
        int total, int answered, int score, int correctCount, int streak, boolean finished, List<Result> results) {

    /** One question of the session; answer fields are null until it is answered or timed out. */
    public record Result(int index, String questionId, String question, Integer choice, Integer correctChoice,
            Boolean correct, Boolean timedOut, Integer points, Long timeTakenMs) {
    }
}
