package io.cinequiz.session;

import java.util.List;

/**
 * A session's state: score, answers so far, and per question served so far what was chosen and, once it is answered or
 * timed out, what was right. Questions not served yet are not listed (only counted in {@code total}).
 */
public record SessionSummary(String sessionId, String playerId, String displayName, String film, String community,
        int total, int answered, int score, int correctCount, int streak, boolean finished, List<Result> results) {

    /**
     * One served question; answer fields are null until it is answered or timed out. {@code questionId} is the id it
     * was served with; {@code bankQuestionId} (the question API's id) comes with the answer.
     */
    public record Result(int index, String questionId, String question, Integer choice, Integer correctChoice,
            Boolean correct, Boolean timedOut, Integer points, Long timeTakenMs, String bankQuestionId) {
    }
}
