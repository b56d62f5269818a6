package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class RoomGameRepository implements PanacheRepositoryBase<RoomGame, String> {

    /** The room's latest game, finished or not. */
    Optional<RoomGame> latest(String roomKey) {
        return find("roomKey = ?1 order by number desc", roomKey).firstResultOptional();
    }

    boolean hasActive(String roomKey) {
        return count("activeRoomKey", roomKey) > 0;
    }
}
