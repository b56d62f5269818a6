package io.cinequiz.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class QuizSessionRepository implements PanacheRepositoryBase<QuizSession, String> {

    /** The ids of the player's unfinished sessions, the oldest first. */
    List<String> openOf(String playerId) {
        return getEntityManager().createQuery("select s.id from QuizSession s where s.playerId = ?1"
                + " and s.finishedAt is null order by s.createdAt, s.id", String.class)
                .setParameter(1, playerId).getResultList();
    }

    /** The ids of at most {@code limit} open sessions idle since before {@code cutoff}, the longest idle first. */
    List<String> idleSince(Instant cutoff, int limit) {
        return getEntityManager().createQuery("select s.id from QuizSession s where s.finishedAt is null"
                + " and s.lastActivityAt < ?1 order by s.lastActivityAt", String.class)
                .setParameter(1, cutoff).setMaxResults(limit).getResultList();
    }
}
