package io.cinequiz.fairplay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Play flagged for moderators: {@code too-fast} (one answer), {@code implausible} (a whole game) or
 * {@code accuracy} (a player's latest answers). */
@Entity
@Table(name = "fair_play_flag")
public class FairPlayFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "player_id", nullable = false)
    public String playerId;

    @Column(nullable = false)
    public String kind;

    /** The session's id, or {@code room:<game id>}. */
    @Column(name = "game_id", nullable = false)
    public String gameId;

    /** The question's bank id (too-fast). */
    @Column(name = "question_id")
    public String questionId;

    @Column(name = "elapsed_ms")
    public Long elapsedMs;

    @Column(nullable = false)
    public String detail;

    /** The accuracy rule's figures (accuracy flags): answers judged, right ones, right ones honest play predicts. */
    public Integer answers;

    @Column(name = "correct_answers")
    public Integer correctAnswers;

    @Column(name = "expected_correct")
    public Double expectedCorrect;

    /** The probability that an honest strong player does at least as well. */
    @Column(name = "tail_probability")
    public Double tailProbability;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
