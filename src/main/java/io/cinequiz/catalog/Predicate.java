package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of claims, documented for editors in {@code seeds/README.md}.
 * A single-valued predicate has one true value per subject, so two different values contradict each other;
 * a multi-valued one (directors, countries, genres) can hold several, so its values never clash.
 * A null value type means any type (the fact is keyed by its topic subject). {@code description} is multi-valued on
 * purpose: sources describe one thing in different words, and different wording is not a contradiction. Facts of one
 * film's story ({@code plot}) and other topical facts take a subject that names the topic; how each is asked is data
 * of the film's seed folder, not code.
 */
public enum Predicate {
    DIRECTED_BY(ValueType.PERSON, false, false, Category.CREW),
    WRITTEN_BY(ValueType.PERSON, false, false, Category.CREW),
    COMPOSER(ValueType.PERSON, false, true, Category.CREW),
    CINEMATOGRAPHER(ValueType.PERSON, false, true, Category.CREW),
    COSTUME_DESIGNER(ValueType.PERSON, false, true, Category.CREW),
    VFX_SUPERVISOR(ValueType.PERSON, false, true, Category.CREW),
    STARS(ValueType.PERSON, false, false, Category.CAST),
    CAST(ValueType.PERSON, true, true, Category.CAST),
    ORIGINAL_TITLE(ValueType.TEXT, false, true, Category.RELEASE),
    RELEASE_YEAR(ValueType.YEAR, false, true, Category.RELEASE),
    RELEASE_DATE(ValueType.DATE, true, true, Category.RELEASE),
    FESTIVAL_PREMIERE(ValueType.TEXT, false, true, Category.RELEASE),
    OPENED_FESTIVAL(ValueType.TEXT, false, true, Category.RELEASE),
    MPAA_RATING(ValueType.TEXT, false, true, Category.RELEASE),
    COUNTRY(ValueType.COUNTRIES, false, false, Category.PRODUCTION),
    RUNTIME(ValueType.DURATION, false, true, Category.PRODUCTION),
    BUDGET(ValueType.MONEY, false, true, Category.PRODUCTION),
    ASPECT_RATIO(ValueType.TEXT, false, true, Category.PRODUCTION),
    PRODUCTION(null, true, true, Category.PRODUCTION),
    GROSS(ValueType.MONEY, true, true, Category.RECEPTION),
    RATING(ValueType.RATING, true, true, Category.RECEPTION),
    RATING_VOTES(ValueType.INTEGER, true, true, Category.RECEPTION),
    AWARD_WINS(ValueType.INTEGER, false, true, Category.RECEPTION),
    AWARD_NOMINATIONS(ValueType.INTEGER, false, true, Category.RECEPTION),
    NOMINATION(ValueType.TEXT, true, false, Category.RECEPTION),
    COMPETED_FOR(ValueType.TEXT, false, false, Category.RECEPTION),
    COMPETITION_WINNER(ValueType.TEXT, true, true, Category.RECEPTION),
    GENRE(ValueType.TEXT, false, false, Category.STORY),
    SETTING(ValueType.TEXT, false, false, Category.STORY),
    PLOT(null, true, true, Category.STORY),
    OCCUPATION(ValueType.TEXT, true, true, Category.STORY),
    RELATIONSHIP(ValueType.TEXT, true, true, Category.STORY),
    DESCRIPTION(ValueType.TEXT, true, false, Category.STORY),
    TAGLINE(ValueType.TEXT, false, false, Category.TRIVIA),
    SOUNDTRACK_SONG(ValueType.TEXT, false, false, Category.TRIVIA),
    SONG_PERFORMER(ValueType.PERSON, true, true, Category.TRIVIA),
    TRIVIA(null, true, true, Category.TRIVIA);

    private static final Map<String, Predicate> BY_KEY = new HashMap<>();

    static {
        for (Predicate p : values()) {
            BY_KEY.put(p.key(), p);
        }
    }

    private final String key = name().toLowerCase(java.util.Locale.ROOT);
    private final ValueType valueType;
    private final boolean needsSubject;
    private final boolean singleValued;
    private final Category category;

    Predicate(ValueType valueType, boolean needsSubject, boolean singleValued, Category category) {
        this.valueType = valueType;
        this.needsSubject = needsSubject;
        this.singleValued = singleValued;
        this.category = category;
    }

    public String key() {
        return key;
    }

    public static Optional<Predicate> fromKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The value type this predicate takes, or empty when it takes any type. */
    public Optional<ValueType> valueType() {
        return Optional.ofNullable(valueType);
    }

    public boolean needsSubject() {
        return needsSubject;
    }

    public boolean singleValued() {
        return singleValued;
    }

    public Category category() {
        return category;
    }
}
