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
     * @param implausibleOptions wrong options from another family of their pool than the answer's
     * @param maxStemRepeats   how often the most repeated stem is asked (at most 3 passes)
     * @param maxAnswerRepeats how often the most repeated answer is asked (at most 2 passes: one fact, two forms)
     * @param answersGivenAway multiple-choice answers that a question of another group shows in its stem or options
     * @param answersInStem    multiple-choice questions that give their own answer away in their stem or by its form
     * @param maxGroupSize     the most questions in one group that give each other away (at most 3 passes)
     * @param difficultyShares the share of the film's questions under each label (at most 0.5 each passes)
     * @param trueFalseShares  the share of the film's true/false questions answered True, and False (at most 0.6 each
     *                         passes, or one question over an even split)
     */
    public record Quality(boolean passes, int stemsNotQuestions, int statementsNotSentences, int optionsOfAnotherKind,
            int wrongOptionsSharedAcrossKinds, int implausibleOptions, int clutterFacts, long maxStemRepeats,
            long maxAnswerRepeats, int answersGivenAway, int answersInStem, long maxGroupSize, Map<String, Double> difficultyShares,
            Map<String, Double> trueFalseShares, int wordsGivenAway, int sourceTalk, List<String> offending) {

        static Quality of(QualityGate.Report r, List<Question> questions) {
            long maxRepeats = most(questions, Question::stem);
            long maxAnswers = most(questions.stream().filter(q -> q.answer() != null).toList(),
                    q -> io.cinequiz.catalog.ValueMatcher.normalized(q.answer()));
            long maxGroup = most(questions, Question::group);
            List<String> offending = new java.util.ArrayList<>();
            offending.addAll(r.stemsNotQuestions());
            offending.addAll(r.statementsNotSentences());
            offending.addAll(r.optionsOfAnotherKind());
            offending.addAll(r.wrongOptionsSharedAcrossKinds());
            offending.addAll(r.implausibleOptions());
            offending.addAll(r.clutter());
            r.stemsRepeated().forEach((stem, n) -> offending.add(n + " times: " + stem));
            r.answersRepeated().forEach((answer, n) -> offending.add(n + " questions answered: " + answer));
            offending.addAll(r.answersGivenAway());
            offending.addAll(r.answersInStem());
            offending.addAll(r.wordsGivenAway());
            offending.addAll(r.sourceTalk());
            r.groupsTooLarge().forEach((group, n) -> offending.add(n + " questions in group: " + group));
            if (r.trueFalseLopsided()) {
                offending.add("true/false answers lopsided: " + r.trueFalseShares());
            }
            return new Quality(r.passes(), r.stemsNotQuestions().size(), r.statementsNotSentences().size(),
                    r.optionsOfAnotherKind().size(), r.wrongOptionsSharedAcrossKinds().size(),
                    r.implausibleOptions().size(), r.clutter().size(), maxRepeats, maxAnswers,
                    r.answersGivenAway().size(), r.answersInStem().size(), maxGroup, r.difficultyShares(), r.trueFalseShares(),
                    r.wordsGivenAway().size(), r.sourceTalk().size(), List.copyOf(offending));
        }

        private static long most(List<Question> questions, java.util.function.Function<Question, String> key) {
            return questions.stream().collect(java.util.stream.Collectors.groupingBy(key,
                    java.util.stream.Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    static QuestionStats of(QuestionSet.FilmStats s, QualityGate.Report quality, Map<String, Long> reportsByReason,
            List<Question> questions, List<QuestionPlays.Play> play) {
        return new QuestionStats(s.filmId(), s.questions(), s.byCategory(), s.byDifficulty(), s.byType(), s.factsUsed(),
                s.factsNotSupported(), s.skipped(), reportsByReason.values().stream().mapToLong(Long::longValue).sum(),
                reportsByReason, Quality.of(quality, questions), play);
    }
}
