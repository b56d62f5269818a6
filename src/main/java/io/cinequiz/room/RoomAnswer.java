package io.cinequiz.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A player's answer in a round; the key (round, player) makes it one per player per round. */
@Entity
@Table(name = "room_answer")
@IdClass(RoomAnswer.Key.class)
public class RoomAnswer {

    @Id
    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Id
    @Column(name = "player_id", nullable = false)
    public String playerId;

    public int choice;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Column(name = "elapsed_ms", nullable = false)
    public long elapsedMs;

    public boolean correct;

    /** Given after the round closed: scores 0. */
    public boolean late;

    public int points;

    @Column(name = "first_correct", nullable = false)
    public boolean firstCorrect;

    /** The key: a round and a player. */
    public static class Key implements Serializable {
        public String roundId;
        public String playerId;

        public Key() {
        }

        Key(String roundId, String playerId) {
            this.roundId = roundId;
            this.playerId = playerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && Objects.equals(playerId, k.playerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, playerId);
        }
    }
}
