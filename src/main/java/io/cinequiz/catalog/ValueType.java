package io.cinequiz.catalog;

/** The type of a claim's value: decides how it is parsed, grounded in its quote and compared. */
public enum ValueType {
    PERSON, CHARACTER, TEXT, INTEGER, MONEY, DATE, YEAR, DURATION, COUNTRIES, RATING;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
