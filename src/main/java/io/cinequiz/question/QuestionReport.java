package io.cinequiz.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A player's report that a question is wrong, ambiguous or otherwise bad. */
@Entity
@Table(name = "question_report")
public class QuestionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id", nullable = false, length = 64)
    public String questionId;

    @Column(name = "film_id", nullable = false, length = 100)
    public String filmId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ReportReason reason;

    @Column(length = 1000)
    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
