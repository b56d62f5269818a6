package io.cinequiz.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Deletes finished room games, with their rounds, players and answers, once they are old. */
@ApplicationScoped
public class RoomRetention {

    private final RoomGameRepository games;

    RoomRetention(RoomGameRepository games) {
        this.games = games;
    }

    /** Deletes up to {@code batch} games finished before {@code cutoff}; returns how many. */
    @Transactional
    public int purgeFinished(Instant cutoff, int batch) {
        var em = games.getEntityManager();
        List<String> ids = em.createQuery("select g.id from RoomGame g where g.finishedAt < ?1 order by g.finishedAt",
                String.class).setParameter(1, cutoff).setMaxResults(batch).getResultList();
        if (!ids.isEmpty()) {
            em.createQuery("delete from RoomAnswer a where a.roundId in (select r.id from RoomRound r where r.gameId in ?1)")
                    .setParameter(1, ids).executeUpdate();
            em.createQuery("delete from RoomRound r where r.gameId in ?1").setParameter(1, ids).executeUpdate();
            em.createQuery("delete from RoomPlayer p where p.gameId in ?1").setParameter(1, ids).executeUpdate();
            games.delete("id in ?1", ids);
        }
        return ids.size();
    }
}
