package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RoomAnswerRepository implements PanacheRepositoryBase<RoomAnswer, RoomAnswer.Key> {

    List<RoomAnswer> ofRound(String roundId) {
        return list("roundId = ?1 order by answeredAt, playerId", roundId);
    }

    RoomAnswer find(String roundId, String playerId) {
        return findById(new RoomAnswer.Key(roundId, playerId));
    }
}
