package io.cinequiz.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer given in play to a bank question: the option chosen, as its index in the bank question's options and as
 * its text (which outlives a change of order), and whether it was the correct one.
 */
@Entity
@Table(name = "question_answer")
public class QuestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id", nullable = false, length = 64)
    public String questionId;

    @Column(name = "film_id", nullable = false, length = 100)
    public String filmId;

    @Column(nullable = false)
    public int choice;

    @Column(name = "choice_text", nullable = false, length = 500)
    public String choiceText;

    @Column(nullable = false)
    public boolean correct;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}
