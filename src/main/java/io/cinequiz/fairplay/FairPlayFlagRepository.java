package io.cinequiz.fairplay;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class FairPlayFlagRepository implements PanacheRepository<FairPlayFlag> {

    /** Up to {@code limit} flags, newest first, of one player or of everyone, older than flag {@code before}. */
    List<FairPlayFlag> newest(String playerId, Long before, int limit) {
        String query = (playerId == null ? "" : "playerId = :player and ") + "id < :before";
        var params = io.quarkus.panache.common.Parameters.with("before", before == null ? Long.MAX_VALUE : before);
        if (playerId != null) {
            params = params.and("player", playerId);
        }
        return find(query, Sort.descending("id"), params).page(Page.ofSize(limit)).list();
    }

    long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
