package io.cinequiz.room;

import io.cinequiz.fairplay.AnswerHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** A player's latest answers in room games (given before their round closed), for the fair-play accuracy rule. */
@ApplicationScoped
class RoomAnswerHistory implements AnswerHistory {

    private final EntityManager em;

    RoomAnswerHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Answered> latest(String playerId, int limit) {
        return em.createQuery("select r.questionId, a.correct, a.answeredAt from RoomAnswer a, RoomRound r"
                + " where r.id = a.roundId and a.playerId = :player and a.late = false order by a.answeredAt desc",
                Object[].class).setParameter("player", playerId).setMaxResults(limit).getResultList().stream()
                .map(r -> new Answered((String) r[0], (Boolean) r[1], (Instant) r[2])).toList();
    }
}
