package io.cinequiz.question;

import java.util.List;

/** The outcome of a check, revealing the answer with its explanation and the sources behind it. */
public record CheckResult(boolean correct, int correctChoice, String correctAnswer, String explanation,
        List<Citation> citations) {

    static CheckResult of(Question q, int choice) {
        return new CheckResult(choice == q.correctIndex(), q.correctIndex(), q.correctAnswer(), q.explanation(),
                q.citations());
    }
}
