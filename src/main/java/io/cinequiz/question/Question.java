package io.cinequiz.question;

import io.cinequiz.catalog.Category;
import java.util.List;

/**
 * A generated question with its answer. Only {@link QuestionView} (no answer) leaves the service before the
 * question is answered; {@code correctIndex}, {@code explanation} and {@code citations} are revealed by a check.
 *
 * @param stem      the question, naming the film
 * @param shortStem the question without the film's name, for callers who asked for one film only
 */
public record Question(String id, String filmId, String factId, Category category, Difficulty difficulty,
        QuestionType type, String stem, String shortStem, List<String> options, int correctIndex, String explanation,
        List<Citation> citations) {

    public String correctAnswer() {
        return options.get(correctIndex);
    }
}
