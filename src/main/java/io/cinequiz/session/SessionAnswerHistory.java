package io.cinequiz.session;

import io.cinequiz.fairplay.AnswerHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** A player's latest answers in sessions (given in time), for the fair-play accuracy rule. */
@ApplicationScoped
class SessionAnswerHistory implements AnswerHistory {

    private final EntityManager em;

    SessionAnswerHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Answered> latest(String playerId, int limit) {
        return em.createQuery("select sq.questionId, sq.correct, sq.answeredAt from SessionQuestion sq, QuizSession s"
                + " where s.id = sq.sessionId and s.playerId = :player and sq.choice is not null"
                + " and sq.timedOut = false order by sq.answeredAt desc", Object[].class)
                .setParameter("player", playerId).setMaxResults(limit).getResultList().stream()
                .map(r -> new Answered((String) r[0], Boolean.TRUE.equals(r[1]), (Instant) r[2])).toList();
    }
}
