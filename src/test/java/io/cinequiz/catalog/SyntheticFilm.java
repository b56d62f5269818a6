package io.cinequiz.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a film seed in code for verification tests. Each {@link #says} call writes a sentence into a document and
 * records a claim quoting it. Sentences are separated by a marker word unique to the document and the line, so two
 * documents share a verbatim run of words only where a test writes the same long sentence into both.
 */
final class SyntheticFilm {

    private final Film film;
    private final Map<String, SourceKind> kinds = new LinkedHashMap<>();
    private final Map<String, StringBuilder> texts = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<Claim> claims = new ArrayList<>();

    private SyntheticFilm(String filmId) {
        this.film = new Film(filmId, "Synthetic " + filmId, null, 1995, List.of());
    }

    static SyntheticFilm film(String filmId) {
        return new SyntheticFilm(filmId);
    }

    SyntheticFilm source(String id, SourceKind kind) {
        kinds.put(id, kind);
        texts.put(id, new StringBuilder());
        lines.put(id, 0);
        return this;
    }

    /** A claim without a subject, whose value type is the predicate's. */
    SyntheticFilm says(String sourceId, Predicate predicate, Object value, String sentence) {
        return says(sourceId, predicate, null, value, sentence);
    }

    /** A claim whose value type is the predicate's ({@code text} for predicates that take any type). */
    SyntheticFilm says(String sourceId, Predicate predicate, String subject, Object value, String sentence) {
        return says(sourceId, predicate, subject, predicate.valueType().orElse(ValueType.TEXT), value, sentence);
    }

    SyntheticFilm says(String sourceId, Predicate predicate, String subject, ValueType type, Object value,
            String sentence) {
        write(sourceId, sentence);
        claims.add(claim(sourceId, predicate, subject, type, value, sentence));
        return this;
    }

    /** A claim whose quote is NOT written into the document (it will not be grounded). */
    SyntheticFilm saysWithoutWriting(String sourceId, Predicate predicate, String subject, Object value, String quote) {
        requireSource(sourceId);
        claims.add(claim(sourceId, predicate, subject, predicate.valueType().orElse(ValueType.TEXT), value, quote));
        return this;
    }

    /** Text in the document that makes no claim. */
    SyntheticFilm write(String sourceId, String sentence) {
        StringBuilder text = requireSource(sourceId);
        int line = lines.merge(sourceId, 1, Integer::sum);
        text.append(marker(sourceId, line)).append(' ').append(sentence).append('\n');
        return this;
    }

    /** About 60 words no other document holds, to keep a passage more than the copy context away from the next. */
    SyntheticFilm padding(String sourceId) {
        Random random = new Random(sourceId.hashCode() * 31L + lines.get(sourceId));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            words.append(i == 0 ? "" : " ").append("w").append(Integer.toString(random.nextInt(1 << 30), 36));
        }
        return write(sourceId, words + ".");
    }

    List<Claim> claims() {
        return List.copyOf(claims);
    }

    FilmSeed seed() {
        List<Source> sources = new ArrayList<>();
        kinds.forEach((id, kind) -> sources.add(new Source(id, kind, "Title of " + id, texts.get(id).toString())));
        return new FilmSeed(film, List.copyOf(sources), List.copyOf(claims));
    }

    static Claim claim(String sourceId, Predicate predicate, String subject, ValueType type, Object written,
            String quote) {
        Value value = ValueParser.parse(type, written);
        return new Claim(SeedLoader.claimId(sourceId, predicate, subject, value, quote), sourceId, predicate, subject,
                value, quote);
    }

    private StringBuilder requireSource(String sourceId) {
        StringBuilder text = texts.get(sourceId);
        if (text == null) {
            throw new IllegalArgumentException("declare source " + sourceId + " first");
        }
        return text;
    }

    private static String marker(String sourceId, int line) {
        return "(" + sourceId.replaceAll("[^A-Za-z0-9]", "") + "x" + line + ")";
    }
}
