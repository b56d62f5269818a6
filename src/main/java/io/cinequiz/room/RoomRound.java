package io.cinequiz.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question served to a room; closed at its deadline plus the grace, or once every player who had joined answered. */
@Entity
@Table(name = "room_round")
public class RoomRound {

    @Id
    public String id;

    @Column(name = "game_id", nullable = false)
    public String gameId;

    public int number;

    /** The question's id in the question bank: never shown while the round is open (the round's id stands for it). */
    @Column(name = "question_id", nullable = false)
    public String questionId;

    /** The options' order in this round ({@link io.cinequiz.question.OptionOrder}); choices count in it. */
    @Column(name = "option_order")
    public String optionOrder;

    @Column(name = "served_at", nullable = false)
    public Instant servedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "first_correct_player_id")
    public String firstCorrectPlayerId;

    public boolean closed() {
        return closedAt != null;
    }
}
