package io.cinequiz.question;

import io.cinequiz.catalog.Category;
import io.cinequiz.problem.Params;
import java.util.function.Predicate;

/**
 * Which questions a caller wants: any of film, category, difficulty and type may be absent. Reading it from request
 * parameters rejects unknown values with a 400 problem that lists the allowed ones.
 */
public record QuestionFilter(String film, Category category, Difficulty difficulty, QuestionType type)
        implements Predicate<Question> {

    public static QuestionFilter parse(String film, String category, String difficulty, String type) {
        return new QuestionFilter(film == null || film.isBlank() ? null : film.trim(),
                Params.enumValue("category", category, Category.class),
                Params.enumValue("difficulty", difficulty, Difficulty.class),
                Params.enumValue("type", type, QuestionType.class));
    }

    /**
     * Whether play drawn by this filter counts on the leaderboards: like with like. A category or a difficulty picks
     * questions easier or harder than the film's mix (by the service's own priors an easy-only player scores about 1.9
     * times a hard-only one), so play narrowed by either counts on no board (attack review round 2, M2). A film has
     * its own board, and the form is weighted in the points (true/false earns half).
     */
    public boolean ranked() {
        return category == null && difficulty == null;
    }

    @Override
    public boolean test(Question q) {
        return (film == null || film.equals(q.filmId())) && (category == null || category == q.category())
                && (difficulty == null || difficulty == q.difficulty()) && (type == null || type == q.type());
    }
}
