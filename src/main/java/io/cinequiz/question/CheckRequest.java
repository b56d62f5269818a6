package io.cinequiz.question;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An answer to check: the index of the chosen option, from 0. */
public record CheckRequest(@NotNull @Min(0) Integer choice) {
}
