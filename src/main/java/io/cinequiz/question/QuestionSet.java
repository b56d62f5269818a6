package io.cinequiz.question;

import java.util.List;
import java.util.Map;

/** Everything the generator made from the catalogue: the questions, and per film what was made and what was not. */
record QuestionSet(List<Question> questions, Map<String, FilmStats> stats) {

    /**
     * Per film: questions by category, difficulty and type; facts that gave no question, with the reason; the figures
     * of the quality gate.
     */
    record FilmStats(String filmId, int questions, Map<String, Long> byCategory, Map<String, Long> byDifficulty,
            Map<String, Long> byType, int factsUsed, Map<String, Long> factsNotSupported, List<SkippedFact> skipped,
            QualityGate.Report quality) {
    }

    /** A SUPPORTED fact that gave no question (or fewer than it could), and why. */
    record SkippedFact(String factId, String predicate, String subject, String value, String reason) {
    }
}
