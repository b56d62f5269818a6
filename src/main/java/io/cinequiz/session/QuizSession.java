package io.cinequiz.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A player's quiz session. {@code version} makes every change conditional on nobody else having changed the row
 * since it was read, so concurrent requests (bots retry, several replicas share the database) cannot score twice.
 */
@Entity
@Table(name = "quiz_session")
public class QuizSession {

    @Id
    public String id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "player_id", nullable = false)
    public String playerId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String community;

    @Column(name = "film_id")
    public String filmId;

    /** Whether the session counts on the leaderboards: not when a category or difficulty narrowed its questions. */
    @Column(nullable = false)
    public boolean ranked = true;

    @Column(name = "time_limit_ms", nullable = false)
    public int timeLimitMs;

    public int total;

    /** The position of the current question: the one being served, or the next to serve. */
    @Column(name = "current_position")
    public int currentPosition;

    public int score;

    public int streak;

    @Column(name = "correct_count")
    public int correctCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    public boolean finished() {
        return finishedAt != null;
    }
}
