package io.cinequiz.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the generator made from the catalogue: the questions, per film what was made and what was not, and per
 * film the figures of the quality gate, worked out when first asked for (the build's test runs the gate; the service
 * only reports it, so start-up does not wait for it).
 */
record QuestionSet(List<Question> questions, Map<String, FilmStats> stats,
        Map<String, Supplier<QualityGate.Report>> gates) {

    static final QuestionSet EMPTY = new QuestionSet(List.of(), Map.of(), Map.of());

    QuestionSet {
        Map<String, Supplier<QualityGate.Report>> memoized = new HashMap<>();
        gates.forEach((film, gate) -> memoized.put(film, memoized(gate)));
        gates = Map.copyOf(memoized);
    }

    /** The quality gate's figures for the film's questions. */
    QualityGate.Report quality(String filmId) {
        return gates.get(filmId).get();
    }

    private static <T> Supplier<T> memoized(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /** Per film: questions by category, difficulty and type; facts that gave no question, with the reason. */
    record FilmStats(String filmId, int questions, Map<String, Long> byCategory, Map<String, Long> byDifficulty,
            Map<String, Long> byType, int factsUsed, Map<String, Long> factsNotSupported, List<SkippedFact> skipped) {
    }

    /** A SUPPORTED fact that gave no question (or fewer than it could), and why. */
    record SkippedFact(String factId, String predicate, String subject, String value, String reason) {
    }
}
