package io.cinequiz.question;

import io.cinequiz.catalog.Category;
import io.cinequiz.problem.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which questions a caller wants: any of film, category, difficulty and type may be absent. Reading it from request
 * parameters rejects unknown values with a 400 problem that lists the allowed ones.
 */
public record QuestionFilter(String film, Category category, Difficulty difficulty, QuestionType type)
        implements Predicate<Question> {

    public static QuestionFilter parse(String film, String category, String difficulty, String type) {
        return new QuestionFilter(blank(film) ? null : film.trim(), parse("category", category, Category.class),
                parse("difficulty", difficulty, Difficulty.class), parse("type", type, QuestionType.class));
    }

    @Override
    public boolean test(Question q) {
        return (film == null || film.equals(q.filmId())) && (category == null || category == q.category())
                && (difficulty == null || difficulty == q.difficulty()) && (type == null || type == q.type());
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + " '" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
