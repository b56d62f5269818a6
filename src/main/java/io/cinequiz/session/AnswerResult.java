package io.cinequiz.session;

import io.cinequiz.question.Citation;
import java.util.List;

/**
 * What an answer earned, with the reveal: the correct choice (as shown in this session), the answer, its explanation
 * and sources, and {@code bankQuestionId}, the question's id in the question API (to report it, or practise it).
 */
public record AnswerResult(boolean correct, boolean timedOut, int correctChoice, String correctAnswer, int points,
        int streak, int totalScore, boolean finished, String explanation, List<Citation> citations,
        String bankQuestionId) {
}
