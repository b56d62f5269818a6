package io.cinequiz.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A game counted on the leaderboards; its id is the primary key, so a game can be counted only once. */
@Entity
@Table(name = "recorded_game")
public class RecordedGame {

    @Id
    @Column(name = "game_id")
    public String gameId;

    @Column(name = "player_id", nullable = false)
    public String playerId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
