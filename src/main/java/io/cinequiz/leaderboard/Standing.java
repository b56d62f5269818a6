package io.cinequiz.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A player's standing on one board: totals over the games the board counts. */
@Entity
@Table(name = "standing")
@IdClass(Standing.Key.class)
public class Standing {

    @Id
    @Column(name = "scope_key")
    public String scopeKey;

    @Id
    @Column(name = "window_key")
    public String windowKey;

    @Id
    @Column(name = "player_id")
    public String playerId;

    /** The name of the player's latest game on this board. */
    @Column(name = "display_name", nullable = false)
    public String displayName;

    public long score;

    public int games;

    /** Questions answered correctly. */
    public int correct;

    /** Questions the player was served (answered or timed out). */
    public int answered;

    @Column(name = "best_game")
    public int bestGame;

    /** Room games won (multiplayer rooms, not yet played). */
    public int wins;

    @Column(name = "last_played_at", nullable = false)
    public Instant lastPlayedAt;

    /** When the player reached {@link #score}: earlier comes first among equal scores. */
    @Column(name = "reached_at", nullable = false)
    public Instant reachedAt;

    Board board() {
        return new Board(scopeKey, windowKey);
    }

    /** The key: a board and a player. */
    public static class Key implements Serializable {
        public String scopeKey;
        public String windowKey;
        public String playerId;

        public Key() {
        }

        Key(Board board, String playerId) {
            this.scopeKey = board.scopeKey();
            this.windowKey = board.windowKey();
            this.playerId = playerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scopeKey, k.scopeKey) && Objects.equals(windowKey, k.windowKey)
                    && Objects.equals(playerId, k.playerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scopeKey, windowKey, playerId);
        }
    }
}
