package io.cinequiz.question;

import java.util.List;
import java.util.Map;

/** What the generator made of a film: questions per category, difficulty and type; skipped facts; reports. */
public record QuestionStats(String filmId, int questions, Map<String, Long> byCategory, Map<String, Long> byDifficulty,
        Map<String, Long> byType, int factsUsed, Map<String, Long> factsNotSupported,
        List<QuestionSet.SkippedFact> factsSkipped, long reports, Map<String, Long> reportsByReason) {

    static QuestionStats of(QuestionSet.FilmStats s, Map<String, Long> reportsByReason) {
        return new QuestionStats(s.filmId(), s.questions(), s.byCategory(), s.byDifficulty(), s.byType(), s.factsUsed(),
                s.factsNotSupported(), s.skipped(), reportsByReason.values().stream().mapToLong(Long::longValue).sum(),
                reportsByReason);
    }
}
