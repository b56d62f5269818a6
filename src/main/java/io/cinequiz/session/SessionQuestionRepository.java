package io.cinequiz.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class SessionQuestionRepository implements PanacheRepositoryBase<SessionQuestion, SessionQuestion.Key> {

    List<SessionQuestion> ofSession(String sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }

    /** How many of the session's questions have been served (answered, timed out, or being answered). */
    int servedCount(String sessionId) {
        return (int) count("sessionId = ?1 and servedAt is not null", sessionId);
    }

    /** The session's question served with the id {@code playId}. */
    Optional<SessionQuestion> played(String sessionId, String playId) {
        return find("sessionId = ?1 and playId = ?2", sessionId, playId).firstResultOptional();
    }

    SessionQuestion at(String sessionId, int position) {
        return findById(new SessionQuestion.Key(sessionId, position));
    }
}
