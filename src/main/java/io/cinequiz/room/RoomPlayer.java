package io.cinequiz.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A player of a room game, who joined by answering: correct answers (the score), speed points, answers given. */
@Entity
@Table(name = "room_player")
@IdClass(RoomPlayer.Key.class)
public class RoomPlayer {

    @Id
    @Column(name = "game_id", nullable = false)
    public String gameId;

    @Id
    @Column(name = "player_id", nullable = false)
    public String playerId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The round in which the player first answered. */
    @Column(name = "joined_round", nullable = false)
    public int joinedRound;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** Correct answers: what counts toward the target. */
    public int score;

    /** Speed points of the correct answers: they break ties and go to the leaderboards. */
    public int points;

    public int answered;

    public boolean winner;

    /** The key: a game and a player. */
    public static class Key implements Serializable {
        public String gameId;
        public String playerId;

        public Key() {
        }

        Key(String gameId, String playerId) {
            this.gameId = gameId;
            this.playerId = playerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(gameId, k.gameId) && Objects.equals(playerId, k.playerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gameId, playerId);
        }
    }
}
