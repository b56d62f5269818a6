package io.cinequiz.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One question of a session: when it was served, and the answer given to it. */
@Entity
@Table(name = "session_question")
public class SessionQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public String sessionId;

    public int position;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

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
}
