package io.cinequiz.question;

/** How hard a question is; see {@link QuestionGenerator#difficulty} for the rule. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Difficulty harder() {
        return this == EASY ? MEDIUM : HARD;
    }
}
