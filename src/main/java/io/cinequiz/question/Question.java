package io.cinequiz.question;

import io.cinequiz.catalog.Category;
import java.util.List;

/**
 * A generated question with its answer. Only {@link QuestionView} (no answer) leaves the service before the
 * question is answered; {@code correctIndex}, {@code explanation} and {@code citations} are revealed by a check.
 *
 * @param stem      the question (a true/false one: the statement to judge), naming the film
 * @param shortStem the same without the film's name, for callers who asked for one film only
 * @param kind      what kind of thing the answer and every wrong option are (see {@link Phrasing#kind})
 * @param group     questions of one group give each other away (the two forms of one fact, or facts an editor tied):
 *                  a session, a room game or an OpenTDB token never serves two of them
 * @param wrongValues the wrong values put before the player: a multiple-choice question's wrong options, a false
 *                  statement's stated value (none for a true one)
 * @param signals   what the difficulty label was derived from
 * @param answer    the true value the question is about, as it writes it (for a false statement: the value that
 *                  corrects it)
 * @param family    the family of its kind's pool the answer belongs to, or null (see {@code Pool})
 */
public record Question(String id, String filmId, String factId, Category category, Difficulty difficulty,
        QuestionType type, String stem, String shortStem, List<String> options, int correctIndex, String explanation,
        List<Citation> citations, String kind, String group, List<String> wrongValues, DifficultySignals signals,
        String answer, String family) {

    public String correctAnswer() {
        return options.get(correctIndex);
    }
}
