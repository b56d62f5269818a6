package io.cinequiz.question;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Everything the generator made from the catalogue: the questions, and per film what was made and what was not. */
record QuestionSet(List<Question> questions, Map<String, FilmStats> stats) {

    /**
     * Per film: questions by category, difficulty and type; facts that gave no question, with the reason; the figures
     * of the quality gate, worked out when first asked for (the build's test runs the gate; the service only reports
     * it, so start-up does not wait for it).
     */
    record FilmStats(String filmId, int questions, Map<String, Long> byCategory, Map<String, Long> byDifficulty,
            Map<String, Long> byType, int factsUsed, Map<String, Long> factsNotSupported, List<SkippedFact> skipped,
            Supplier<QualityGate.Report> gate) {

        FilmStats {
            gate = memoized(gate);
        }

        QualityGate.Report quality() {
            return gate.get();
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
    }

    /** A SUPPORTED fact that gave no question (or fewer than it could), and why. */
    record SkippedFact(String factId, String predicate, String subject, String value, String reason) {
    }
}
