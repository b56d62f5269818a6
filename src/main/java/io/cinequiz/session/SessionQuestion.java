package io.cinequiz.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One question of a session: when it was served, and the answer given to it. */
@Entity
@Table(name = "session_question")
@IdClass(SessionQuestion.Key.class)
public class SessionQuestion {

    @Id
    @Column(name = "session_id", nullable = false)
    public String sessionId;

    @Id
    public int position;

    /** The question's id in the question bank: never shown before the question is answered. */
    @Column(name = "question_id", nullable = false)
    public String questionId;

    /** The question's id in this session only: what the player is shown and answers. */
    @Column(name = "play_id", nullable = false)
    public String playId;

    /** The options' order in this session ({@link io.cinequiz.question.OptionOrder}); choices count in it. */
    @Column(name = "option_order")
    public String optionOrder;

    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** The chosen option, as shown in this session. */
    public Integer choice;

    @Column(name = "request_id")
    public String requestId;

    public Boolean correct;

    @Column(name = "timed_out")
    public Boolean timedOut;

    public Integer points;

    /** The player's streak after this answer. */
    public Integer streak;

    public boolean answered() {
        return answeredAt != null;
    }

    /** The key: a session and a position in it. */
    public static class Key implements Serializable {
        public String sessionId;
        public int position;

        public Key() {
        }

        Key(String sessionId, int position) {
            this.sessionId = sessionId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && position == k.position && Objects.equals(sessionId, k.sessionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, position);
        }
    }
}
