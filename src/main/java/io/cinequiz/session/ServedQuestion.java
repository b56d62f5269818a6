package io.cinequiz.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A question a player has been given, so that it is not given again until the pool is exhausted. */
@Entity
@Table(name = "served_question")
@IdClass(ServedQuestion.Key.class)
public class ServedQuestion {

    @Id
    @Column(name = "player_id", nullable = false)
    public String playerId;

    @Id
    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "served_at", nullable = false)
    public Instant servedAt;

    /** The key: a player and a question. */
    public static class Key implements Serializable {
        public String playerId;
        public String questionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(playerId, k.playerId) && Objects.equals(questionId, k.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(playerId, questionId);
        }
    }
}
