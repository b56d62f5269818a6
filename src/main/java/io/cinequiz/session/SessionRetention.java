package io.cinequiz.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Deletes what sessions leave behind once it is old: finished sessions with their questions, and old history. */
@ApplicationScoped
public class SessionRetention {

    private final QuizSessionRepository sessions;
    private final ServedQuestionRepository served;

    SessionRetention(QuizSessionRepository sessions, ServedQuestionRepository served) {
        this.sessions = sessions;
        this.served = served;
    }

    /** Deletes up to {@code batch} sessions finished before {@code cutoff}, with their questions; returns how many. */
    @Transactional
    public int purgeFinished(Instant cutoff, int batch) {
        List<String> ids = sessions.getEntityManager().createQuery("select s.id from QuizSession s"
                + " where s.finishedAt < ?1 order by s.finishedAt", String.class)
                .setParameter(1, cutoff).setMaxResults(batch).getResultList();
        if (!ids.isEmpty()) {
            sessions.getEntityManager().createQuery("delete from SessionQuestion q where q.sessionId in ?1")
                    .setParameter(1, ids).executeUpdate();
            sessions.delete("id in ?1", ids);
        }
        return ids.size();
    }

    /**
     * Forgets up to {@code batch} questions served before {@code cutoff}: after that long a question may be served to
     * the player again. Returns how many.
     */
    @Transactional
    public int purgeServedHistory(Instant cutoff, int batch) {
        List<ServedQuestion> old = served.find("servedAt < ?1", cutoff).page(0, batch).list();
        old.forEach(served::delete);
        return old.size();
    }
}
