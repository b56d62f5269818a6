package io.cinequiz.opentdb;

import io.cinequiz.question.Difficulty;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionType;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The parameters of {@code /api.php}, read as Open Trivia DB reads them: any invalid one makes the whole request
 * invalid (response code 2), never an HTTP error.
 *
 * @param category an OpenTDB category id, or null for any
 */
record TriviaQuery(int amount, Integer category, Difficulty difficulty, QuestionType type, Encoding encoding,
        boolean extended) implements Predicate<Question> {

    static final int MAX_AMOUNT = 50;

    /** The query, or empty when a parameter is missing or invalid. */
    static Optional<TriviaQuery> parse(String amount, String category, String difficulty, String type, String encode,
            String ext) {
        Integer n = integer(amount);
        Integer cat = blank(category) ? null : integer(category);
        Difficulty d = blank(difficulty) ? null : constant(Difficulty.class, difficulty);
        QuestionType t = blank(type) ? null : constant(QuestionType.class, type);
        Encoding e = Encoding.parse(encode);
        boolean valid = n != null && n >= 1 && n <= MAX_AMOUNT
                && (blank(category) || cat != null && Categories.exists(cat))
                && (blank(difficulty) || d != null) && (blank(type) || t != null) && e != null
                && (blank(ext) || "0".equals(ext.trim()) || "1".equals(ext.trim()));
        return valid ? Optional.of(new TriviaQuery(n, cat, d, t, e, !blank(ext) && "1".equals(ext.trim())))
                : Optional.empty();
    }

    @Override
    public boolean test(Question q) {
        return (category == null || category == Categories.FILM) && (difficulty == null || difficulty == q.difficulty())
                && (type == null || type == q.type());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer integer(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
