package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class RoomGameRepository implements PanacheRepositoryBase<RoomGame, String> {

    /** The room's latest game, finished or not. */
    Optional<RoomGame> latest(String roomKey) {
        return find("roomKey = ?1 order by number desc", roomKey).firstResultOptional();
    }

    /** The ids of at most {@code limit} unfinished games idle since before {@code cutoff}, the longest idle first. */
    List<String> idleSince(Instant cutoff, int limit) {
        return getEntityManager().createQuery("select g.id from RoomGame g where g.finishedAt is null"
                + " and g.lastActivityAt < ?1 order by g.lastActivityAt", String.class)
                .setParameter(1, cutoff).setMaxResults(limit).getResultList();
    }

    /** How many rooms of the client have an unfinished game. */
    long activeOfClient(String clientId) {
        return count("activeRoomKey like ?1", clientId + ":%");
    }

    boolean hasActive(String roomKey) {
        return count("activeRoomKey", roomKey) > 0;
    }
}
