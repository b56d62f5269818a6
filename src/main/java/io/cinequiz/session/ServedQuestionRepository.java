package io.cinequiz.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class ServedQuestionRepository implements PanacheRepositoryBase<ServedQuestion, ServedQuestion.Key> {

    Set<String> servedTo(String playerId) {
        return find("playerId", playerId).stream().map(s -> s.questionId).collect(Collectors.toSet());
    }

    void release(String playerId, List<String> questionIds) {
        delete("playerId = ?1 and questionId in ?2", playerId, questionIds);
    }

    long forget(String playerId) {
        return delete("playerId", playerId);
    }
}
