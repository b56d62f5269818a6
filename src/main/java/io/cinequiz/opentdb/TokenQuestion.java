package io.cinequiz.opentdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A question a token has served. */
@Entity
@Table(name = "opentdb_token_question")
@IdClass(TokenQuestion.Key.class)
public class TokenQuestion {

    @Id
    public String token;

    @Id
    @Column(name = "question_id")
    public String questionId;

    /** The key: a token and a question. */
    public static class Key implements Serializable {
        public String token;
        public String questionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(token, k.token) && Objects.equals(questionId, k.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, questionId);
        }
    }
}
