package io.cinequiz.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class SessionQuestionRepository implements PanacheRepositoryBase<SessionQuestion, SessionQuestion.Key> {

    List<SessionQuestion> ofSession(String sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }

    /** How many of the session's questions have been served (answered, timed out, or being answered). */
    int servedCount(String sessionId) {
        return (int) count("sessionId = ?1 and servedAt is not null", sessionId);
    }

    SessionQuestion at(String sessionId, int position) {
        return findById(new SessionQuestion.Key(sessionId, position));
    }
}
