package io.cinequiz.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question a player has been given, so that it is not given again until the pool is exhausted. */
@Entity
@Table(name = "served_question")
public class ServedQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "player_id", nullable = false)
    public String playerId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "served_at", nullable = false)
    public Instant servedAt;
}
