package io.cinequiz.question;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers given in play, per bank question: the one place sessions and room games record them (in their own
 * transaction), and the figures the stats endpoint reports, so that difficulty labels can be calibrated from play.
 * An answer is keyed by the bank question's id and the bank option (its index in the bank question's options),
 * never by the position a player saw it in.
 */
@ApplicationScoped
public class QuestionPlays implements PanacheRepository<QuestionAnswer> {

    private final QuestionBank bank;

    QuestionPlays(QuestionBank bank) {
        this.bank = bank;
    }

    /** Records that a player chose bank option {@code bankChoice} of the question; a question gone is not recorded. */
    @Transactional
    public void record(String questionId, int bankChoice, boolean correct) {
        Question q = bank.find(questionId).orElse(null);
        if (q == null || bankChoice < 0 || bankChoice >= q.options().size()) {
            return;
        }
        QuestionAnswer a = new QuestionAnswer();
        a.questionId = q.id();
        a.filmId = q.filmId();
        a.choice = bankChoice;
        a.choiceText = q.options().get(bankChoice);
        a.correct = correct;
        a.answeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        persist(a);
    }

    /** How often a question was answered in play, and how often right. */
    public record Tally(long answers, long correct) {
    }

    /** The tallies of these bank questions (those never answered are left out). */
    @Transactional
    public Map<String, Tally> tallies(java.util.Collection<String> questionIds) {
        Map<String, Tally> tallies = new HashMap<>();
        if (questionIds.isEmpty()) {
            return tallies;
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.questionId, count(a),"
                + " sum(case when a.correct = true then 1 else 0 end) from QuestionAnswer a"
                + " where a.questionId in :ids group by a.questionId", Object[].class)
                .setParameter("ids", java.util.Set.copyOf(questionIds)).getResultList();
        for (Object[] row : rows) {
            tallies.put((String) row[0], new Tally((Long) row[1], ((Number) row[2]).longValue()));
        }
        return tallies;
    }

    /**
     * How a question fared in play.
     *
     * @param topWrongOption the wrong option chosen most often (null if none was), with {@code topWrongCount}
     */
    public record Play(String questionId, String type, String difficulty, long answers, long correct,
            Double correctShare, String topWrongOption, long topWrongCount) {
    }

    /** The figures of every question of the film, in the bank's order; questions never answered count zero. */
    @Transactional
    List<Play> of(String filmId, List<Question> questions) {
        Map<String, Map<String, Long>> wrongByQuestion = new HashMap<>();
        Map<String, long[]> totals = new HashMap<>();
        List<Object[]> rows = getEntityManager().createQuery("select a.questionId, a.choiceText, a.correct, count(a)"
                + " from QuestionAnswer a where a.filmId = :film group by a.questionId, a.choiceText, a.correct",
                Object[].class).setParameter("film", filmId).getResultList();
        for (Object[] row : rows) {
            String id = (String) row[0];
            long n = (Long) row[3];
            long[] t = totals.computeIfAbsent(id, k -> new long[2]);
            t[0] += n;
            if ((Boolean) row[2]) {
                t[1] += n;
            } else {
                wrongByQuestion.computeIfAbsent(id, k -> new HashMap<>()).merge((String) row[1], n, Long::sum);
            }
        }
        List<Play> plays = new ArrayList<>();
        for (Question q : questions) {
            long[] t = totals.getOrDefault(q.id(), new long[2]);
            Map.Entry<String, Long> top = wrongByQuestion.getOrDefault(q.id(), Map.of()).entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .orElse(null);
            plays.add(new Play(q.id(), q.type().key(), q.difficulty().key(), t[0], t[1],
                    t[0] == 0 ? null : Math.round(1000.0 * t[1] / t[0]) / 1000.0, top == null ? null : top.getKey(),
                    top == null ? 0 : top.getValue()));
        }
        return plays;
    }
}
