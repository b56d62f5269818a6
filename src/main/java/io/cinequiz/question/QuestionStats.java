package io.cinequiz.question;

import java.util.List;
import java.util.Map;

/**
 * What the generator made of a film: questions per category, difficulty and type; skipped facts; reports; the quality
 * gate's figures; and how each question fared in play.
 */
public record QuestionStats(String filmId, int questions, Map<String, Long> byCategory, Map<String, Long> byDifficulty,
        Map<String, Long> byType, int factsUsed, Map<String, Long> factsNotSupported,
        List<QuestionSet.SkippedFact> factsSkipped, long reports, Map<String, Long> reportsByReason, Quality quality,
        List<QuestionPlays.Play> play) {

    /**
     * The quality gate's figures: each count with the offending questions (or texts) it counts.
     *
     * @param maxStemRepeats   how often the most repeated stem is asked (at most 3 passes)
     * @param difficultyShares the share of the film's questions under each label (at most 0.5 each passes)
     */
    public record Quality(boolean passes, int stemsNotQuestions, int statementsNotSentences, int optionsOfAnotherKind,
            int wrongOptionsSharedAcrossKinds, int clutterFacts, long maxStemRepeats, Map<String, Double> difficultyShares,
            List<String> offending) {

        static Quality of(QualityGate.Report r, List<Question> questions) {
            long maxRepeats = questions.stream().collect(java.util.stream.Collectors.groupingBy(Question::stem,
                    java.util.stream.Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<String> offending = new java.util.ArrayList<>();
            offending.addAll(r.stemsNotQuestions());
            offending.addAll(r.statementsNotSentences());
            offending.addAll(r.optionsOfAnotherKind());
            offending.addAll(r.wrongOptionsSharedAcrossKinds());
            offending.addAll(r.clutter());
            r.stemsRepeated().forEach((stem, n) -> offending.add(n + " times: " + stem));
            return new Quality(r.passes(), r.stemsNotQuestions().size(), r.statementsNotSentences().size(),
                    r.optionsOfAnotherKind().size(), r.wrongOptionsSharedAcrossKinds().size(), r.clutter().size(),
                    maxRepeats, r.difficultyShares(), List.copyOf(offending));
        }
    }

    static QuestionStats of(QuestionSet.FilmStats s, Map<String, Long> reportsByReason, List<Question> questions,
            List<QuestionPlays.Play> play) {
        return new QuestionStats(s.filmId(), s.questions(), s.byCategory(), s.byDifficulty(), s.byType(), s.factsUsed(),
                s.factsNotSupported(), s.skipped(), reportsByReason.values().stream().mapToLong(Long::longValue).sum(),
                reportsByReason, Quality.of(s.quality(), questions), play);
    }
}
