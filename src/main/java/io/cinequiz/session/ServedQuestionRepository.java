package io.cinequiz.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class ServedQuestionRepository implements PanacheRepositoryBase<ServedQuestion, ServedQuestion.Key> {

    Set<String> servedTo(String playerId) {
        return find("playerId", playerId).stream().map(s -> s.questionId).collect(Collectors.toSet());
    }

    long forget(String playerId) {
        return delete("playerId", playerId);
    }
}
