package io.cinequiz.catalog;

/** The quiz category a predicate's facts belong to. */
public enum Category {
    CAST, CREW, PRODUCTION, RELEASE, RECEPTION, STORY, TRIVIA;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
