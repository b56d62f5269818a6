package io.cinequiz.leaderboard;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RecordedGameRepository implements PanacheRepositoryBase<RecordedGame, String> {
}
