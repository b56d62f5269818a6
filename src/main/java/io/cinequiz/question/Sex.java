package io.cinequiz.question;

import java.util.Locale;

/** A person's or a character's sex, for wrong options of the same sex in cast questions. */
enum Sex {
    FEMALE, MALE;

    static Sex of(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "f", "female" -> FEMALE;
            case "m", "male" -> MALE;
            default -> throw new IllegalArgumentException("sex must be female or male, not '" + text + "'");
        };
    }
}
