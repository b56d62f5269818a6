package io.cinequiz.opentdb;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class TokenRepository implements PanacheRepositoryBase<Token, String> {

    /** The token, its row locked until the transaction ends, so that one token's requests run one at a time. */
    Optional<Token> locked(String token) {
        return findByIdOptional(token, LockModeType.PESSIMISTIC_WRITE);
    }

    Set<String> served(String token) {
        return getEntityManager().createQuery("select q.questionId from TokenQuestion q where q.token = ?1", String.class)
                .setParameter(1, token).getResultStream().collect(Collectors.toSet());
    }

    void markServed(String token, Iterable<String> questionIds) {
        for (String id : questionIds) {
            TokenQuestion q = new TokenQuestion();
            q.token = token;
            q.questionId = id;
            getEntityManager().persist(q);
        }
    }

    void forgetServed(String token) {
        getEntityManager().createQuery("delete from TokenQuestion q where q.token = ?1").setParameter(1, token)
                .executeUpdate();
    }

    /** Deletes the tokens unused since {@code cutoff}, with what they served; returns how many. */
    long deleteIdleSince(Instant cutoff) {
        getEntityManager().createQuery("delete from TokenQuestion q where q.token in"
                + " (select t.token from Token t where t.lastUsedAt < ?1)").setParameter(1, cutoff).executeUpdate();
        return delete("lastUsedAt < ?1", cutoff);
    }
}
