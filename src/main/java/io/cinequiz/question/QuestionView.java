package io.cinequiz.question;

import java.util.List;

/** A question as served before it is answered: nothing in it tells which option is correct. */
public record QuestionView(String id, String film, String category, String difficulty, String type, String question,
        List<String> options) {

    public static QuestionView of(Question q, boolean withinOneFilm) {
        return new QuestionView(q.id(), q.filmId(), q.category().key(), q.difficulty().key(), q.type().key(),
                withinOneFilm ? q.shortStem() : q.stem(), q.options());
    }
}
