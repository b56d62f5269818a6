package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {

    @TempDir
    Path seeds;

    private static String failure(Path folder) {
        return assertThrows(SeedException.class, () -> SeedLoader.loadFilm(folder)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing from: " + message);
        }
    }

    /** The valid claims file with a second claim replaced. */
    private static String claimsWithSecond(String secondClaim) {
        return """
                claims:
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """ + secondClaim;
    }

    // ---- valid seeds ----

    @Test
    void loadsValidMinimalFilm() {
        Path folder = SeedFolder.write(seeds, "test-film");

        FilmSeed seed = SeedLoader.loadFilm(folder);

        assertEquals(new Film("test-film", "Test Film", null, 1995, List.of()), seed.film());
        assertEquals(List.of(new Source("doc.txt", SourceKind.REVIEW, "A review", SeedFolder.DOCUMENT)), seed.sources());
        assertEquals(2, seed.claims().size());
        Claim cast = seed.claims().get(1);
        assertEquals("doc.txt", cast.sourceId());
        assertEquals(Predicate.CAST, cast.predicate());
        assertEquals("Miette", cast.subject());
        assertEquals(new Value.Name(ValueType.PERSON, "Judith Vittet"), cast.value());
        assertEquals("Miette is played by Judith Vittet.", cast.quote());
        assertEquals(SeedLoader.claimId("doc.txt", Predicate.CAST, "Miette", cast.value(), cast.quote()), cast.id());
    }

    @Test
    void readsOptionalFilmFields() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "film.yaml", """
                title: The City of Lost Children
                originalTitle: La Cité des enfants perdus
                year: 1995
                aliases:
                  - City of Lost Children
                """);

        Film film = SeedLoader.loadFilm(folder).film();

        assertEquals("La Cité des enfants perdus", film.originalTitle());
        assertEquals(List.of("City of Lost Children"), film.aliases());
    }

    @Test
    void claimIdsDoNotDependOnTheOrderOfTheFile() {
        Path folder = SeedFolder.write(seeds, "test-film");
        List<String> before = SeedLoader.loadFilm(folder).claims().stream().map(Claim::id).toList();
        SeedFolder.file(folder, "claims.yaml", """
                claims:
                  - source: doc.txt
                    predicate: cast
                    subject: Miette
                    value: { person: Judith Vittet }
                    quote: "Miette is played by Judith Vittet."
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """);

        List<String> after = SeedLoader.loadFilm(folder).claims().stream().map(Claim::id).toList();

        assertEquals(List.of(before.get(1), before.get(0)), after);
    }

    @Test
    void loadsEveryFilmFolderInNameOrder() {
        SeedFolder.write(seeds, "zazie");
        SeedFolder.write(seeds, "amelie");

        List<String> ids = SeedLoader.loadAll(seeds).stream().map(s -> s.film().id()).toList();

        assertEquals(List.of("amelie", "zazie"), ids);
    }

    @Test
    void loadsTheRealSeeds() {
        List<FilmSeed> all = SeedLoader.loadAll(Path.of("seeds"));
        assertTrue(all.stream().anyMatch(s -> s.film().id().equals("city-of-lost-children")));
    }

    // ---- malformed seeds ----

    @Test
    void rejectsInvalidYamlNamingFileAndLine() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", """
                claims:
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti
                    quote: "The score is by Angelo Badalamenti."
                """);

        String message = failure(folder);

        assertMentions(message, claims.toString(), "not valid YAML");
        // The flow mapping opened on line 4 is found unclosed on line 5.
        assertTrue(message.startsWith(claims + ", line "), message);
        assertTrue(message.matches("(?s).*, line [45]: not valid YAML: .*"), message);
    }

    @Test
    void rejectsUnknownPredicateListingTheVocabulary() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: directed
                    value: { person: Marc Caro }
                    quote: "Miette is played by Judith Vittet."
                """));

        assertMentions(failure(folder), claims.toString(), "claim 2 (doc.txt, directed)", "unknown predicate 'directed'",
                "the vocabulary is directed_by, written_by, composer", "costume_designer", "trivia");
    }

    @Test
    void rejectsMissingSubjectWhereRequired() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: cast
                    value: { person: Judith Vittet }
                    quote: "Miette is played by Judith Vittet."
                """));

        assertMentions(failure(folder), claims.toString(), "claim 2 (doc.txt, cast)", "predicate 'cast' needs a subject");
    }

    @Test
    void rejectsSubjectWherePredicateTakesNone() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: composer
                    subject: music
                    value: { person: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claim 2 (doc.txt, composer)", "predicate 'composer' takes no subject");
    }

    @Test
    void rejectsValueTypeThatDoesNotFitThePredicate() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: composer
                    value: { text: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claims.yaml", "claim 2 (doc.txt, composer)",
                "predicate 'composer' takes a person value, not text");
    }

    @Test
    void rejectsUnknownValueType() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: trivia
                    subject: Composer
                    value: { musician: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claim 2 (doc.txt, trivia)", "unknown value type 'musician'",
                "the types are person, character, text, integer, money");
    }

    @Test
    void rejectsValueThatIsNotATypedMap() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: composer
                    value: Angelo Badalamenti
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claim 2 (doc.txt, composer)",
                "value must be a map with exactly one type key");
    }

    @Test
    void rejectsUnreadableValue() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: budget
                    value: { money: lots }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), claims.toString(), "claim 2 (doc.txt, budget)",
                "'lots' is not an amount of money");
    }

    @Test
    void rejectsImpossibleDateNamingTheClaim() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: release_date
                    subject: USA
                    value: { date: 30 February 1995 }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claims.yaml", "claim 2 (doc.txt, release_date)", "30 February 1995");
    }

    @Test
    void rejectsEmptyValue() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: cast
                    subject: Miette
                    value: { person: }
                    quote: "Miette is played by Judith Vittet."
                """));

        assertMentions(failure(folder), "claim 2 (doc.txt, cast)", "empty");
    }

    @Test
    void rejectsClaimFromSourceNotListed() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: other.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claims.yaml", "claim 2 (other.txt, composer)",
                "source 'other.txt' is not listed in sources.yaml");
    }

    @Test
    void rejectsClaimRepeatedWordForWord() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), "claim 2 (doc.txt, composer)", "repeats claim 1 word for word");
    }

    @Test
    void rejectsUnknownField() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                    quotes: "The score is by Angelo Badalamenti."
                """));

        assertMentions(failure(folder), claims.toString(), "claim 2", "unknown field 'quotes'",
                "(allowed: [predicate, quote, source, subject, value])");
    }

    @Test
    void rejectsMissingQuote() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "claims.yaml", claimsWithSecond("""
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                """));

        assertMentions(failure(folder), "claim 2 (doc.txt, composer)", "the field 'quote' is missing");
    }

    @Test
    void rejectsClaimsFileWithoutClaimsList() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", "- source: doc.txt\n");

        assertMentions(failure(folder), claims.toString(), "must hold a list under the key 'claims'");
    }

    @Test
    void rejectsSourceNamingMissingDocument() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path sources = SeedFolder.file(folder, "sources.yaml", """
                - id: doc.txt
                  kind: review
                  title: "A review"
                - id: missing.txt
                  kind: blog
                  title: "Gone"
                """);

        assertMentions(failure(folder), sources.toString(), "entry 2 (missing.txt)", "no document",
                folder.resolve("sources").resolve("missing.txt").toString(), "exists");
    }

    @Test
    void rejectsSourceOutsideTheSourcesFolder() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "sources.yaml", """
                - id: ../film.yaml
                  kind: review
                  title: "Not a document"
                """);

        assertMentions(failure(folder), "sources.yaml", "entry 1 (../film.yaml)", "no document");
    }

    @Test
    void rejectsUnknownSourceKind() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "sources.yaml", """
                - id: doc.txt
                  kind: tweet
                  title: "A review"
                """);

        assertMentions(failure(folder), "sources.yaml", "entry 1 (doc.txt)",
                "kind must be one of database, review, blog, list, summary, news, interview, other");
    }

    @Test
    void rejectsDuplicateSourceId() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "sources.yaml", SeedFolder.SOURCES + SeedFolder.SOURCES);

        assertMentions(failure(folder), "sources.yaml", "entry 2 (doc.txt)", "the id is already used by entry");
    }

    @Test
    void duplicateSourceIdNamesTheEarlierEntry() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "sources.yaml", SeedFolder.SOURCES + SeedFolder.SOURCES);

        assertMentions(failure(folder), "entry 2 (doc.txt): the id is already used by entry 1");
    }

    @Test
    void rejectsUnknownFieldInFilm() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path film = SeedFolder.file(folder, "film.yaml", SeedFolder.FILM + "director: Jeunet\n");

        assertMentions(failure(folder), film.toString(), "unknown field 'director'");
    }

    @Test
    void rejectsFilmWithoutYear() {
        Path folder = SeedFolder.write(seeds, "test-film");
        SeedFolder.file(folder, "film.yaml", "title: Test Film\n");

        assertMentions(failure(folder), "film.yaml", "year must be a four-digit year");
    }

    @Test
    void rejectsMissingFilmFile() throws IOException {
        Path folder = SeedFolder.write(seeds, "test-film");
        Files.delete(folder.resolve("film.yaml"));

        assertEquals(folder.resolve("film.yaml") + ": the file is missing", failure(folder));
    }

    @Test
    void rejectsEmptyFile() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path sources = SeedFolder.file(folder, "sources.yaml", "");

        assertEquals(sources + ": the file is empty", failure(folder));
    }

    @Test
    void rejectsBadFolderName() {
        Path folder = SeedFolder.write(seeds, "City_Of_Lost_Children");

        String message = failure(folder);

        assertMentions(message, folder.toString(), "lower-case words joined by hyphens");
    }

    @Test
    void rejectsMissingSeedsFolder() {
        Path missing = seeds.resolve("nowhere");

        SeedException e = assertThrows(SeedException.class, () -> SeedLoader.loadAll(missing));

        assertEquals(missing + ": the seeds folder does not exist", e.getMessage());
    }

    @Test
    void loadAllStopsAtTheFirstMalformedFilm() {
        SeedFolder.write(seeds, "good-film");
        Path bad = SeedFolder.write(seeds, "bad-film");
        SeedFolder.file(bad, "claims.yaml", "claims: [");

        String message = assertThrows(SeedException.class, () -> SeedLoader.loadAll(seeds)).getMessage();

        assertMentions(message, bad.resolve("claims.yaml").toString());
    }
}
