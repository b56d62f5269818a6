package io.cinequiz.catalog;

import java.nio.file.Path;

/**
 * Test-only access to the catalogue's package-private loader and verifier, for tests of other features (the question
 * generator) that need a {@link FilmVerification} made the way the catalogue makes it.
 */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    /** Loads one seed folder ({@code seeds/<film-id>}) and verifies it with the default settings. */
    public static FilmVerification verify(Path folder) {
        return verify(SeedLoader.loadFilm(folder));
    }

    /** Verifies a seed with the default settings. */
    public static FilmVerification verify(FilmSeed seed) {
        return new Verifier(VerificationSettings.defaults()).verify(seed);
    }

    /** A film seed built in code: each {@link Seed#says} writes a sentence into a document and claims it. */
    public static Seed film(String filmId) {
        return new Seed(SyntheticFilm.film(filmId));
    }

    /** A public face of {@link SyntheticFilm}; the film's title is "Synthetic " + its id, its year 1995. */
    public static final class Seed {

        private final SyntheticFilm film;

        private Seed(SyntheticFilm film) {
            this.film = film;
        }

        public Seed source(String id, SourceKind kind) {
            film.source(id, kind);
            return this;
        }

        public Seed says(String sourceId, Predicate predicate, Object value, String sentence) {
            film.says(sourceId, predicate, value, sentence);
            return this;
        }

        public Seed says(String sourceId, Predicate predicate, String subject, Object value, String sentence) {
            film.says(sourceId, predicate, subject, value, sentence);
            return this;
        }

        public Seed says(String sourceId, Predicate predicate, String subject, ValueType type, Object value,
                String sentence) {
            film.says(sourceId, predicate, subject, type, value, sentence);
            return this;
        }

        /** A claim whose quote is NOT written into the document, so verification rejects it. */
        public Seed saysWithoutWriting(String sourceId, Predicate predicate, String subject, Object value, String quote) {
            film.saysWithoutWriting(sourceId, predicate, subject, value, quote);
            return this;
        }

        /** About 60 words no other document holds, so neighbouring passages are not taken for copies. */
        public Seed padding(String sourceId) {
            film.padding(sourceId);
            return this;
        }

        public FilmSeed seed() {
            return film.seed();
        }

        public FilmVerification verify() {
            return CatalogFixtures.verify(film.seed());
        }
    }
}
