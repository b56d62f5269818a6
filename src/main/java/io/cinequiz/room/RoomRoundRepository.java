package io.cinequiz.room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class RoomRoundRepository implements PanacheRepositoryBase<RoomRound, String> {

    Optional<RoomRound> numbered(String gameId, int number) {
        return find("gameId = ?1 and number = ?2", gameId, number).firstResultOptional();
    }

    Set<String> questionsOf(String gameId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select r.questionId from RoomRound r where r.gameId = ?1", String.class)
                .setParameter(1, gameId).getResultList());
    }
}
