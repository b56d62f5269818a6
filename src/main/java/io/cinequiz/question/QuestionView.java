package io.cinequiz.question;

import java.util.List;

/**
 * A question as served before it is answered: nothing in it tells which option is correct. In a session or a room
 * round, {@code id} is an id of that play only and the options are in that play's order, so neither the id nor a
 * position can be looked up anywhere else.
 */
public record QuestionView(String id, String film, String category, String difficulty, String type, String question,
        List<String> options) {

    /** The question as the question API serves it: its own id and option order. */
    public static QuestionView of(Question q, boolean withinOneFilm) {
        return new QuestionView(q.id(), q.filmId(), q.category().key(), q.difficulty().key(), q.type().key(),
                withinOneFilm ? q.shortStem() : q.stem(), q.options());
    }

    /** The question as one play serves it: the play's id and option order. */
    public static QuestionView served(Question q, String playId, OptionOrder order, boolean withinOneFilm) {
        return new QuestionView(playId, q.filmId(), q.category().key(), q.difficulty().key(), q.type().key(),
                withinOneFilm ? q.shortStem() : q.stem(), order.apply(q.options()));
    }
}
