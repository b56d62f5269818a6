package io.cinequiz.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A game in a room (a chat channel). {@code activeRoomKey} holds the room's key while the game is unfinished and is
 * unique, so the database refuses a second unfinished game in a room, whichever replica asks.
 */
@Entity
@Table(name = "room_game")
public class RoomGame {

    @Id
    public String id;

    @Column(name = "room_key", nullable = false)
    public String roomKey;

    @Column(name = "active_room_key")
    public String activeRoomKey;

    /** 1 for the room's first game, then 2, ... */
    public int number;

    @Column(name = "film_id")
    public String filmId;

    public String category;

    public String difficulty;

    public String community;

    @Column(name = "target_score", nullable = false)
    public int targetScore;

    @Column(name = "question_ms", nullable = false)
    public int questionMs;

    /** Rounds served so far; the current round is the one with this number. */
    public int rounds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The last change (start, round served, answer): an unfinished game idle for quiz.rooms.idle-expiry expires. */
    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    public boolean finished() {
        return finishedAt != null;
    }
}
