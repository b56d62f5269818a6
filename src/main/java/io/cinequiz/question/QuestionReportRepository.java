package io.cinequiz.question;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
class QuestionReportRepository implements PanacheRepository<QuestionReport> {

    /** Reports on a film's questions, counted by reason. */
    Map<String, Long> countByReason(String filmId) {
        Map<String, Long> counts = new TreeMap<>();
        List<Object[]> rows = getEntityManager()
                .createQuery("select r.reason, count(r) from QuestionReport r where r.filmId = :film group by r.reason",
                        Object[].class)
                .setParameter("film", filmId).getResultList();
        for (Object[] row : rows) {
            counts.put(((ReportReason) row[0]).name().toLowerCase(java.util.Locale.ROOT), (Long) row[1]);
        }
        return counts;
    }
}
