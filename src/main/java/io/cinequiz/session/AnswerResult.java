package io.cinequiz.session;

import io.cinequiz.question.Citation;
import java.util.List;

/** What an answer earned, with the correct choice and the sources behind it. */
public record AnswerResult(boolean correct, boolean timedOut, int correctChoice, String correctAnswer, int points,
        int streak, int totalScore, boolean finished, String explanation, List<Citation> citations) {
}
