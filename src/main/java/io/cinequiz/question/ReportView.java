package io.cinequiz.question;

import java.time.Instant;

/** A stored report. */
public record ReportView(long id, String questionId, String reason, String detail, Instant createdAt) {

    static ReportView of(QuestionReport r) {
        return new ReportView(r.id, r.questionId, r.reason.name().toLowerCase(java.util.Locale.ROOT), r.detail, r.createdAt);
    }
}
