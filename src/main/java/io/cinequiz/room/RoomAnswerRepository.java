package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RoomAnswerRepository implements PanacheRepositoryBase<RoomAnswer, RoomAnswer.Key> {

    List<RoomAnswer> ofRound(String roundId) {
        return list("roundId = ?1 order by answeredAt, playerId", roundId);
    }

    /** Every answer given in a game. */
    List<RoomAnswer> ofGame(String gameId) {
        return getEntityManager().createQuery("select a from RoomAnswer a where a.roundId in"
                + " (select r.id from RoomRound r where r.gameId = ?1)", RoomAnswer.class)
                .setParameter(1, gameId).getResultList();
    }

    RoomAnswer find(String roundId, String playerId) {
        return findById(new RoomAnswer.Key(roundId, playerId));
    }
}
