package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RoomPlayerRepository implements PanacheRepositoryBase<RoomPlayer, RoomPlayer.Key> {

    List<RoomPlayer> ofGame(String gameId) {
        return list("gameId = ?1 order by playerId", gameId);
    }

    /** Another unfinished game the player is in, if any: a player plays one room game at a time. */
    java.util.Optional<RoomGame> otherOpenGame(String playerId, String gameId) {
        return getEntityManager().createQuery("select g from RoomGame g, RoomPlayer p where p.gameId = g.id"
                + " and p.playerId = ?1 and g.id <> ?2 and g.finishedAt is null", RoomGame.class)
                .setParameter(1, playerId).setParameter(2, gameId).setMaxResults(1).getResultStream().findFirst();
    }

    RoomPlayer find(String gameId, String playerId) {
        return findById(new RoomPlayer.Key(gameId, playerId));
    }
}
