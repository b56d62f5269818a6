package io.cinequiz.question;

import io.cinequiz.names.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A player's report on a question: a reason and, optionally, a few words of detail. */
public record ReportRequest(@NotNull ReportReason reason,
        @Size(max = 1000) @Pattern(regexp = Ids.TEXT, message = Ids.TEXT_MESSAGE) String detail) {
}
