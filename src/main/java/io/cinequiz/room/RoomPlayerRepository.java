package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RoomPlayerRepository implements PanacheRepositoryBase<RoomPlayer, RoomPlayer.Key> {

    List<RoomPlayer> ofGame(String gameId) {
        return list("gameId = ?1 order by playerId", gameId);
    }

    RoomPlayer find(String gameId, String playerId) {
        return findById(new RoomPlayer.Key(gameId, playerId));
    }
}
