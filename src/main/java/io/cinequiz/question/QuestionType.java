package io.cinequiz.question;

/** Multiple choice (four options, one correct) or true/false. Keys follow OpenTDB's. */
public enum QuestionType {
    MULTIPLE, BOOLEAN;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
