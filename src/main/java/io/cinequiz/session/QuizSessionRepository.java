package io.cinequiz.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class QuizSessionRepository implements PanacheRepositoryBase<QuizSession, String> {

    /** Open sessions idle since before {@code cutoff}. */
    List<QuizSession> idleSince(Instant cutoff) {
        return list("finishedAt is null and lastActivityAt < ?1", cutoff);
    }
}
