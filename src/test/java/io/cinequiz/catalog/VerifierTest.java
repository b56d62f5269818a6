package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VerifierTest {

    private static final List<String> HONEST = List.of("honest-1.txt", "honest-2.txt", "honest-3.txt", "honest-4.txt");
    private static final String FABRICATED = "summary-e.txt";
    private static final String SECOND_FABRICATED = "summary-f.txt";

    private static FilmVerification verify(FilmSeed seed) {
        return new Verifier(VerificationSettings.defaults()).verify(seed);
    }

    private static List<Fact> facts(FilmVerification v, Predicate predicate) {
        return v.facts().stream().filter(f -> f.predicate() == predicate).toList();
    }

    /** The one fact on this predicate whose canonical value is {@code raw}. */
    private static Fact fact(FilmVerification v, Predicate predicate, String raw) {
        List<Fact> found = facts(v, predicate).stream().filter(f -> f.value().raw().equals(raw)).toList();
        assertEquals(1, found.size(), "facts " + predicate.key() + " = " + raw + " in " + facts(v, predicate));
        return found.get(0);
    }

    private static Fact onlyFact(FilmVerification v, Predicate predicate) {
        List<Fact> found = facts(v, predicate);
        assertEquals(1, found.size(), "facts on " + predicate.key() + ": " + found);
        return found.get(0);
    }

    /** Facts every supporting claim of which comes from this one source. */
    private static List<Fact> statedOnlyBy(FilmVerification v, String sourceId) {
        return v.facts().stream()
                .filter(f -> f.supporting().stream().allMatch(e -> e.sourceId().equals(sourceId)))
                .toList();
    }

    private static SourceStanding standing(FilmVerification v, String sourceId) {
        return v.standings().stream().filter(s -> s.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    /** Source ids, least trusted first. */
    private static List<String> byTrustAscending(FilmVerification v) {
        return v.standings().stream().sorted(Comparator.comparingDouble(SourceStanding::trust))
                .map(SourceStanding::sourceId).toList();
    }

    private static Set<String> sourcesOf(List<Fact.Evidence> evidence) {
        return evidence.stream().map(Fact.Evidence::sourceId).collect(Collectors.toSet());
    }

    private static final String THIEF = "Who steals the children's dreams";

    // ---- a fabricated document among honest ones ----

    /** Four honest documents that agree on seven single-valued facts, in their own words. */
    private static SyntheticFilm honestFour() {
        SyntheticFilm film = SyntheticFilm.film("fabrication");
        for (int i = 0; i < HONEST.size(); i++) {
            String s = HONEST.get(i);
            film.source(s, i % 2 == 0 ? SourceKind.REVIEW : SourceKind.DATABASE)
                    .says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.PLOT, THIEF, ValueType.CHARACTER, "Krank", "Krank steals the dreams of children.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                    .says(s, Predicate.BUDGET, i < 2 ? "$18 million" : "$18,000,000",
                            i < 2 ? "It cost $18 million to make." : "Budget: $18,000,000 (estimated).")
                    .says(s, Predicate.OCCUPATION, "One", "strongman", "One is a fairground strongman.")
                    .says(s, Predicate.FESTIVAL_PREMIERE, "Cannes", "It premiered at Cannes.")
                    .says(s, Predicate.CINEMATOGRAPHER, "Darius Khondji", "Darius Khondji shot the film.");
        }
        return film;
    }

    /** Contradicts the honest four on four facts and invents three of its own. */
    private static SyntheticFilm withFabrication(SyntheticFilm film) {
        String s = FABRICATED;
        return film.source(s, SourceKind.SUMMARY)
                .says(s, Predicate.COMPOSER, "Howard Shore", "The score is by Howard Shore.")
                .says(s, Predicate.PLOT, THIEF, ValueType.CHARACTER, "One", "One steals the dreams of children.")
                .says(s, Predicate.RUNTIME, "95 minutes", "It runs 95 minutes.")
                .says(s, Predicate.OCCUPATION, "One", "inventor", "One is a brilliant inventor.")
                .says(s, Predicate.ORIGINAL_TITLE, "Fantasmagorium", "Its original title is Fantasmagorium.")
                .says(s, Predicate.RELATIONSHIP, "One-Eye", "father", "One-Eye is the father of Miette.")
                .says(s, Predicate.TRIVIA, "One-Eye's eyes", "gemstone implants", "One-Eye has gemstone implants.");
    }

    /** Another fabrication: contradicts the honest four elsewhere and invents other things. */
    private static SyntheticFilm withSecondFabrication(SyntheticFilm film) {
        String s = SECOND_FABRICATED;
        return film.source(s, SourceKind.SUMMARY)
                .says(s, Predicate.FESTIVAL_PREMIERE, "Venice", "It premiered at Venice.")
                .says(s, Predicate.BUDGET, "$40 million", "It cost $40 million to make.")
                .says(s, Predicate.CINEMATOGRAPHER, "Roger Deakins", "Roger Deakins shot the film.")
                .says(s, Predicate.COMPOSER, "Hans Zimmer", "The music is by Hans Zimmer.")
                .says(s, Predicate.TRIVIA, "Krank's pet", "white cat", "Krank keeps a white cat.")
                .says(s, Predicate.TAGLINE, "Dreams are for sale.", "Its tagline: Dreams are for sale.")
                .says(s, Predicate.MPAA_RATING, "PG", "It is rated PG.");
    }

    private static final Set<Predicate> FIRST_CONTRADICTIONS =
            Set.of(Predicate.COMPOSER, Predicate.PLOT, Predicate.RUNTIME, Predicate.OCCUPATION);
    private static final Set<Predicate> FIRST_INVENTIONS =
            Set.of(Predicate.ORIGINAL_TITLE, Predicate.RELATIONSHIP, Predicate.TRIVIA);
    private static final Set<Predicate> SECOND_CONTRADICTIONS =
            Set.of(Predicate.FESTIVAL_PREMIERE, Predicate.BUDGET, Predicate.CINEMATOGRAPHER, Predicate.COMPOSER);
    private static final Set<Predicate> SECOND_INVENTIONS =
            Set.of(Predicate.TRIVIA, Predicate.TAGLINE, Predicate.MPAA_RATING);

    private static void assertFabricationContained(FilmVerification v, String source, Set<Predicate> contradictions,
            Set<Predicate> inventions) {
        List<Fact> own = statedOnlyBy(v, source);
        assertEquals(contradictions.size() + inventions.size(), own.size(), "facts stated only by " + source + ": " + own);
        for (Fact f : own) {
            assertNotEquals(Verdict.SUPPORTED, f.verdict(), source + " must not get " + f);
            if (contradictions.contains(f.predicate())) {
                assertEquals(Verdict.REFUTED, f.verdict(), "contradiction " + f);
                assertFalse(f.opposing().isEmpty(), "a refuted fact lists what contradicts it: " + f);
            } else {
                assertTrue(inventions.contains(f.predicate()), "unexpected fact " + f);
                assertEquals(Verdict.NOT_ENOUGH_INFO, f.verdict(), "invention " + f);
                assertTrue(f.reason().startsWith("Stated only by " + source + ", whose trust "), f.reason());
            }
        }
        assertTrue(standing(v, source).trust() < VerificationSettings.defaults().singleSourceTrust());
        assertEquals(contradictions.size(), standing(v, source).lost());
        assertEquals(0, standing(v, source).won());
    }

    private static void assertHonestFactsSupported(FilmVerification v) {
        for (Predicate p : List.of(Predicate.COMPOSER, Predicate.PLOT, Predicate.RUNTIME, Predicate.BUDGET,
                Predicate.OCCUPATION, Predicate.FESTIVAL_PREMIERE, Predicate.CINEMATOGRAPHER)) {
            List<Fact> honest = facts(v, p).stream().filter(f -> sourcesOf(f.supporting()).equals(Set.copyOf(HONEST)))
                    .toList();
            assertEquals(1, honest.size(), "the honest fact on " + p.key());
            assertEquals(Verdict.SUPPORTED, honest.get(0).verdict(), honest.get(0).toString());
            assertEquals(4, honest.get(0).witnesses());
        }
    }

    @Test
    void fabricatedDocumentGetsNothingSupportedAndRanksLast() {
        FilmVerification v = verify(withFabrication(honestFour()).seed());

        assertHonestFactsSupported(v);
        assertFabricationContained(v, FABRICATED, FIRST_CONTRADICTIONS, FIRST_INVENTIONS);
        assertEquals(FABRICATED, byTrustAscending(v).get(0));
        for (String honest : HONEST) {
            assertTrue(standing(v, honest).trust() >= 0.75, honest + " " + standing(v, honest));
            assertEquals(FIRST_CONTRADICTIONS.size(), standing(v, honest).won(), standing(v, honest).toString());
            assertEquals(0, standing(v, honest).lost(), standing(v, honest).toString());
        }
    }

    @Test
    void secondFabricatedDocumentIsContainedAsWellWithoutAffectingTheFirst() {
        FilmVerification v = verify(withSecondFabrication(withFabrication(honestFour())).seed());

        assertHonestFactsSupported(v);
        assertFabricationContained(v, SECOND_FABRICATED, SECOND_CONTRADICTIONS, SECOND_INVENTIONS);
        assertFabricationContained(v, FABRICATED, FIRST_CONTRADICTIONS, FIRST_INVENTIONS);
        List<String> ranking = byTrustAscending(v);
        assertEquals(Set.of(FABRICATED, SECOND_FABRICATED), Set.copyOf(ranking.subList(0, 2)), ranking.toString());
    }

    // ---- copied passages ----

    private static final String COPIED_SENTENCE = "According to a widely repeated studio press release, the haunting"
            + " score of the film was composed by Howard Shore over one long winter.";

    /** Four sources agreeing, in their own words, on five facts, so that each earns trust. */
    private static SyntheticFilm fourAgreeingSources(String filmId, List<String> ids) {
        SyntheticFilm film = SyntheticFilm.film(filmId);
        for (String s : ids) {
            film.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.PLOT, THIEF, ValueType.CHARACTER, "Krank", "Krank steals the dreams of children.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                    .says(s, Predicate.OCCUPATION, "One", "strongman", "One is a fairground strongman.")
                    .says(s, Predicate.FESTIVAL_PREMIERE, "Cannes", "It premiered at Cannes.")
                    .says(s, Predicate.RELEASE_YEAR, "1995", "It was released in 1995.")
                    .padding(s);
        }
        return film;
    }

    @Test
    void copiedPassageCountsAsOneWitnessAgainstTwoIndependentSources() {
        SyntheticFilm film = fourAgreeingSources("copied", List.of("p.txt", "q.txt", "r.txt", "s.txt"))
                .says("p.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE)
                .says("q.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE)
                .says("r.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                .says("s.txt", Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti wrote the music.");
        FilmVerification v = verify(film.seed());

        Fact copied = fact(v, Predicate.COMPOSER, "Howard Shore");
        assertEquals(1, copied.witnesses());
        assertEquals(2, copied.supporting().size());
        assertEquals(Set.of("p.txt", "q.txt"), sourcesOf(copied.supporting()));
        assertEquals(Verdict.REFUTED, copied.verdict(), copied.reason());
        assertTrue(copied.reason().startsWith("Contradicted by 'Angelo Badalamenti' (2 independent sources: r.txt, s.txt;"),
                copied.reason());

        Fact independent = fact(v, Predicate.COMPOSER, "Angelo Badalamenti");
        assertEquals(2, independent.witnesses());
        assertEquals(Verdict.SUPPORTED, independent.verdict());
        assertEquals("Stated by 2 independent sources. The contradicting value is refuted.", independent.reason());
    }

    @Test
    void copiedPairAgainstOneSourceIsAnEvenDispute() {
        SyntheticFilm film = fourAgreeingSources("copied-even", List.of("p.txt", "q.txt", "r.txt", "s.txt"))
                .says("p.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE)
                .says("q.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE)
                .says("r.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.");
        FilmVerification v = verify(film.seed());

        Fact copied = fact(v, Predicate.COMPOSER, "Howard Shore");
        assertEquals(Verdict.DISPUTED, copied.verdict(), copied.reason());
        assertEquals(1, copied.witnesses());
        assertTrue(copied.reason().contains("'Howard Shore' (1 independent source: p.txt, q.txt (p.txt and q.txt share"
                + " a verbatim passage here and count as one witness);"), copied.reason());
        assertTrue(copied.reason().contains("'Angelo Badalamenti' (1 independent source: r.txt;"), copied.reason());
        assertEquals(Verdict.DISPUTED, fact(v, Predicate.COMPOSER, "Angelo Badalamenti").verdict());
    }

    @Test
    void independentPairAgainstIndependentPairIsDisputed() {
        // The control for the test above: the same pair, in its own words each, ties with the other pair.
        SyntheticFilm film = fourAgreeingSources("not-copied", List.of("p.txt", "q.txt", "r.txt", "s.txt"))
                .says("p.txt", Predicate.COMPOSER, "Howard Shore", "The score is by Howard Shore.")
                .says("q.txt", Predicate.COMPOSER, "Howard Shore", "Howard Shore wrote the music.")
                .says("r.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                .says("s.txt", Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti wrote the music.");
        FilmVerification v = verify(film.seed());

        assertEquals(2, fact(v, Predicate.COMPOSER, "Howard Shore").witnesses());
        assertEquals(Verdict.DISPUTED, fact(v, Predicate.COMPOSER, "Howard Shore").verdict());
        assertEquals(Verdict.DISPUTED, fact(v, Predicate.COMPOSER, "Angelo Badalamenti").verdict());
    }

    @Test
    void copiedPairAloneIsNotTwoIndependentSources() {
        SyntheticFilm film = fourAgreeingSources("copied-alone", List.of("p.txt", "q.txt", "r.txt", "s.txt"))
                .says("p.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE)
                .says("q.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE);
        FilmVerification v = verify(film.seed());

        Fact copied = onlyFact(v, Predicate.COMPOSER);
        assertEquals(1, copied.witnesses());
        assertEquals(2, copied.supporting().size());
        assertTrue(copied.reason().contains("p.txt and q.txt share a verbatim passage here and count as one witness"),
                copied.reason());
        assertFalse(copied.reason().contains("2 independent sources"), copied.reason());
        assertEquals(Verdict.SUPPORTED, copied.verdict(), "the pair's trust is earned elsewhere: " + copied);
        assertTrue(copied.singleSource(), "a copied pair is one trusted source, not two: " + copied);
    }

    @Test
    void copiedPairWithoutEarnedTrustIsNotEnough() {
        // Two independent blogs saying this would be SUPPORTED (see factsAgreedByTwoSourcesAreNotSingleSource).
        SyntheticFilm film = SyntheticFilm.film("copied-untrusted")
                .source("p.txt", SourceKind.BLOG).source("q.txt", SourceKind.BLOG)
                .says("p.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE)
                .says("q.txt", Predicate.COMPOSER, "Howard Shore", COPIED_SENTENCE);
        Fact copied = onlyFact(verify(film.seed()), Predicate.COMPOSER);

        assertEquals(1, copied.witnesses());
        assertEquals(Verdict.NOT_ENOUGH_INFO, copied.verdict(), copied.reason());
        assertTrue(copied.reason().contains("count as one witness"), copied.reason());
    }

    @Test
    void copyingIsDetectedOnlyAroundTheClaim() {
        // p and q share a long passage, but far (more than the copy context) from where they state the composer.
        SyntheticFilm film = fourAgreeingSources("copied-elsewhere", List.of("p.txt", "q.txt", "r.txt", "s.txt"))
                .write("p.txt", COPIED_SENTENCE).padding("p.txt")
                .write("q.txt", COPIED_SENTENCE).padding("q.txt")
                .says("p.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                .says("q.txt", Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti wrote the music.");
        FilmVerification v = verify(film.seed());

        assertEquals(2, onlyFact(v, Predicate.COMPOSER).witnesses());
        assertEquals(Verdict.SUPPORTED, onlyFact(v, Predicate.COMPOSER).verdict());
    }

    // ---- numbers at different precisions ----

    @Test
    void roundedAndExactAmountsAreOneFact() {
        SyntheticFilm film = SyntheticFilm.film("precision")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.DATABASE)
                .says("a.txt", Predicate.BUDGET, "$18 million", "It cost $18 million.")
                .says("b.txt", Predicate.BUDGET, "$18,000,000", "Budget: $18,000,000 (estimated)");
        FilmVerification v = verify(film.seed());

        Fact budget = onlyFact(v, Predicate.BUDGET);
        assertEquals(Verdict.SUPPORTED, budget.verdict());
        assertEquals(2, budget.witnesses());
        assertEquals(2, budget.supporting().size());
        assertEquals("$18,000,000", budget.value().raw(), "ties go to the most precise value");
        assertEquals(List.of(), budget.opposing());
    }

    @Test
    void differentGrossesFromEquallyCredibleSourcesAreDisputed() {
        SyntheticFilm film = SyntheticFilm.film("gross")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.GROSS, "USA", "$1.7 million", "It grossed modestly in the U.S. ($1.7 million).")
                .says("b.txt", Predicate.GROSS, "USA", "$1,513,028", "$1,513,028 (USA)");
        FilmVerification v = verify(film.seed());

        Fact rounded = fact(v, Predicate.GROSS, "$1.7 million");
        Fact exact = fact(v, Predicate.GROSS, "$1,513,028");
        assertEquals(Verdict.DISPUTED, rounded.verdict());
        assertEquals(Verdict.DISPUTED, exact.verdict());
        assertEquals("USA", rounded.subject());
        assertEquals(List.of(exact.supporting().get(0).claimId()),
                rounded.opposing().stream().map(Fact.Evidence::claimId).toList());
        assertEquals(List.of(rounded.supporting().get(0).claimId()),
                exact.opposing().stream().map(Fact.Evidence::claimId).toList());
        assertTrue(rounded.reason().startsWith("Sources disagree: "), rounded.reason());
        assertEquals(1, standing(v, "a.txt").disputed());
        assertEquals(1, standing(v, "b.txt").disputed());
    }

    // ---- misspelt names ----

    @Test
    void misspeltNameJoinsTheMajoritySpelling() {
        // The misspelling is in the first source, so it is not canonical by order.
        SyntheticFilm film = SyntheticFilm.film("misspelt")
                .source("a.txt", SourceKind.LIST).source("b.txt", SourceKind.REVIEW).source("c.txt", SourceKind.BLOG)
                .says("a.txt", Predicate.COMPOSER, "Angelo Badalementi", "With Angelo Badalementi scoring the music")
                .says("b.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                .says("c.txt", Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti wrote the music.");
        FilmVerification v = verify(film.seed());

        Fact composer = onlyFact(v, Predicate.COMPOSER);
        assertEquals(Verdict.SUPPORTED, composer.verdict());
        assertEquals("Angelo Badalamenti", composer.value().raw());
        assertEquals(3, composer.supporting().size());
        assertEquals(3, composer.witnesses());
        assertEquals(Set.of("Angelo Badalementi", "Angelo Badalamenti"),
                composer.supporting().stream().map(Fact.Evidence::value).collect(Collectors.toSet()));
    }

    // ---- multi-valued predicates ----

    @Test
    void multiValuedPredicateKeepsEachValueWithoutConflict() {
        SyntheticFilm film = SyntheticFilm.film("directors")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.DATABASE)
                .says("a.txt", Predicate.DIRECTED_BY, "Marc Caro", "Directed by Marc Caro")
                .says("a.txt", Predicate.DIRECTED_BY, "Jean-Pierre Jeunet", "and Jean-Pierre Jeunet.")
                .says("b.txt", Predicate.DIRECTED_BY, "Jean-Pierre Jeunet", "Jean-Pierre Jeunet directed it")
                .says("b.txt", Predicate.DIRECTED_BY, "Marc Caro", "with Marc Caro.");
        FilmVerification v = verify(film.seed());

        assertEquals(2, facts(v, Predicate.DIRECTED_BY).size());
        for (String director : List.of("Marc Caro", "Jean-Pierre Jeunet")) {
            Fact f = fact(v, Predicate.DIRECTED_BY, director);
            assertEquals(Verdict.SUPPORTED, f.verdict());
            assertEquals(2, f.witnesses());
            assertEquals(List.of(), f.opposing());
        }
        assertEquals(0, standing(v, "a.txt").disputed() + standing(v, "a.txt").lost());
    }

    @Test
    void countryListsSplitIntoOneFactPerCountry() {
        SyntheticFilm film = SyntheticFilm.film("countries")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.DATABASE)
                .says("a.txt", Predicate.COUNTRY, List.of("France", "Spain", "Germany"),
                        "A French-Spanish-German co-production.")
                .says("b.txt", Predicate.COUNTRY, List.of("France"), "Country of origin: France");
        FilmVerification v = verify(film.seed());

        assertEquals(3, facts(v, Predicate.COUNTRY).size());
        assertEquals(2, fact(v, Predicate.COUNTRY, "France").witnesses());
        assertEquals(Verdict.SUPPORTED, fact(v, Predicate.COUNTRY, "France").verdict());
        assertEquals(1, fact(v, Predicate.COUNTRY, "Spain").witnesses());
        assertEquals(1, fact(v, Predicate.COUNTRY, "Germany").witnesses());
        assertTrue(facts(v, Predicate.COUNTRY).stream().noneMatch(f -> f.verdict() == Verdict.DISPUTED
                || f.verdict() == Verdict.REFUTED || !f.opposing().isEmpty()));
    }

    // ---- rejected claims ----

    @Test
    void claimWithQuoteMissingFromItsDocumentIsRejectedAndIgnored() {
        SyntheticFilm film = SyntheticFilm.film("rejected")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW).source("c.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                .says("b.txt", Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti wrote the music.")
                .write("c.txt", "This review never names the composer.")
                .saysWithoutWriting("c.txt", Predicate.COMPOSER, null, "Angelo Badalamenti",
                        "The music is by Angelo Badalamenti.");
        FilmVerification v = verify(film.seed());

        List<Fact> rejected = v.facts(Verdict.REJECTED);
        assertEquals(1, rejected.size());
        assertEquals("Rejected: the quote does not occur in c.txt.", rejected.get(0).reason());
        assertEquals(Set.of("c.txt"), sourcesOf(rejected.get(0).supporting()));
        assertEquals(0, rejected.get(0).witnesses());

        Fact supported = v.facts(Verdict.SUPPORTED).get(0);
        assertEquals(1, v.facts(Verdict.SUPPORTED).size());
        assertEquals(2, supported.witnesses());
        assertEquals(Set.of("a.txt", "b.txt"), sourcesOf(supported.supporting()));

        assertEquals(1, standing(v, "c.txt").rejected());
        assertEquals(1, standing(v, "c.txt").claims());
        assertEquals(0, standing(v, "a.txt").rejected());
    }

    @Test
    void claimWhoseValueIsNotInItsQuoteIsRejectedAndContradictsNothing() {
        SyntheticFilm film = SyntheticFilm.film("rejected-value")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW).source("c.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                .says("b.txt", Predicate.RUNTIME, "112 minutes", "Runtime: 112 minutes")
                .says("c.txt", Predicate.RUNTIME, "95 minutes", "A brisk film of 112 minutes.");
        FilmVerification v = verify(film.seed());

        Fact rejected = fact(v, Predicate.RUNTIME, "95 minutes");
        assertEquals(Verdict.REJECTED, rejected.verdict());
        assertEquals("Rejected: the value '95 minutes' does not occur in the quote.", rejected.reason());
        Fact runtime = fact(v, Predicate.RUNTIME, "112 minutes");
        assertEquals(Verdict.SUPPORTED, runtime.verdict());
        assertEquals(List.of(), runtime.opposing());
        assertTrue(runtime.reason().endsWith("Nothing contradicts it."), runtime.reason());
        assertEquals(1, standing(v, "c.txt").rejected());
        assertEquals(0, standing(v, "c.txt").lost());
    }

    // ---- determinism ----

    private static FilmSeed mixedSeed() {
        return withSecondFabrication(withFabrication(honestFour()))
                .source("copier.txt", SourceKind.BLOG)
                .says("copier.txt", Predicate.GROSS, "USA", "$1.7 million", "It grossed $1.7 million in the U.S.")
                .says("honest-1.txt", Predicate.GROSS, "USA", "$1,513,028", "$1,513,028 (USA)")
                .saysWithoutWriting("copier.txt", Predicate.COMPOSER, null, "Angelo Badalamenti", "not in the text")
                .says("copier.txt", Predicate.COUNTRY, List.of("France", "Spain"), "A French-Spanish film.")
                .seed();
    }

    @Test
    void verifyingTwiceGivesTheSameResult() {
        FilmSeed seed = mixedSeed();
        FilmVerification first = verify(seed);
        FilmVerification second = verify(seed);

        assertEquals(first.facts(), second.facts());
        assertEquals(first.standings(), second.standings());
        assertEquals(first.iterations(), second.iterations());
    }

    @Test
    void orderOfClaimsAndSourcesDoesNotChangeTheResult() {
        FilmSeed seed = mixedSeed();
        List<Claim> shuffled = new ArrayList<>(seed.claims());
        Collections.shuffle(shuffled, new Random(42));
        List<Source> reversed = new ArrayList<>(seed.sources());
        Collections.reverse(reversed);
        FilmSeed reordered = new FilmSeed(seed.film(), reversed, shuffled);
        assertNotEquals(seed.claims(), reordered.claims());

        FilmVerification original = verify(seed);
        FilmVerification other = verify(reordered);
        assertEquals(original.facts(), other.facts());
        assertEquals(original.standings(), other.standings());
    }

    @Test
    void factIdsDependOnContentNotOnTheRun() {
        FilmVerification v = verify(mixedSeed());
        Fact composer = v.facts(Verdict.SUPPORTED).stream().filter(f -> f.predicate() == Predicate.COMPOSER)
                .findFirst().orElseThrow();
        assertEquals("Angelo Badalamenti", composer.value().raw());
        assertEquals(Verifier.factId(v.film(), Predicate.COMPOSER, null,
                new Value.Name(ValueType.PERSON, "angelo  BADALAMENTI")), composer.id());
        assertTrue(composer.id().matches("f-[0-9a-f]{16}"), composer.id());
    }

    // ---- single sources ----

    @Test
    void uncontradictedClaimOfACorroboratedSourceStandsAlone() {
        SyntheticFilm film = SyntheticFilm.film("single");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            film.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.PLOT, THIEF, ValueType.CHARACTER, "Krank", "Krank steals the dreams of children.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                    .says(s, Predicate.OCCUPATION, "One", "strongman", "One is a fairground strongman.")
                    .says(s, Predicate.FESTIVAL_PREMIERE, "Cannes", "It premiered at Cannes.");
        }
        film.says("a.txt", Predicate.CINEMATOGRAPHER, "Darius Khondji", "Darius Khondji shot the film.");
        film.source("lone.txt", SourceKind.DATABASE)
                .says("lone.txt", Predicate.VFX_SUPERVISOR, "Pitof", "Visual effects by Pitof.");
        FilmVerification v = verify(film.seed());

        double threshold = VerificationSettings.defaults().singleSourceTrust();
        assertTrue(standing(v, "a.txt").trust() >= threshold, standing(v, "a.txt").toString());
        Fact trusted = onlyFact(v, Predicate.CINEMATOGRAPHER);
        assertEquals(Verdict.SUPPORTED, trusted.verdict());
        assertTrue(trusted.singleSource());
        assertEquals(1, trusted.witnesses());
        assertTrue(trusted.reason().startsWith("Stated only by a.txt, whose trust "), trusted.reason());

        assertTrue(standing(v, "lone.txt").trust() < threshold, standing(v, "lone.txt").toString());
        Fact lone = onlyFact(v, Predicate.VFX_SUPERVISOR);
        assertEquals(Verdict.NOT_ENOUGH_INFO, lone.verdict());
        assertFalse(lone.singleSource());
        assertTrue(lone.reason().contains("is below the 0.75 a single source needs"), lone.reason());
    }

    @Test
    void factsAgreedByTwoSourcesAreNotSingleSource() {
        SyntheticFilm film = SyntheticFilm.film("two")
                .source("a.txt", SourceKind.BLOG).source("b.txt", SourceKind.BLOG)
                .says("a.txt", Predicate.VFX_SUPERVISOR, "Pitof", "Visual effects by Pitof.")
                .says("b.txt", Predicate.VFX_SUPERVISOR, "Pitof", "Pitof supervised the effects.");
        Fact f = onlyFact(verify(film.seed()), Predicate.VFX_SUPERVISOR);
        assertEquals(Verdict.SUPPORTED, f.verdict());
        assertFalse(f.singleSource());
        assertEquals("Stated by 2 independent sources. Nothing contradicts it.", f.reason());
    }

    @Test
    void contradictingDatesFromEquallyCredibleSourcesAreDisputed() {
        SyntheticFilm film = SyntheticFilm.film("dates")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.RELEASE_DATE, "USA", "15 December 1995", "Released 15 December 1995 (USA)")
                .says("b.txt", Predicate.RELEASE_DATE, "USA", "3 March 1995", "Released 3 March 1995 (USA)");
        FilmVerification v = verify(film.seed());

        assertEquals(Verdict.DISPUTED, fact(v, Predicate.RELEASE_DATE, "15 December 1995").verdict());
        assertEquals(Verdict.DISPUTED, fact(v, Predicate.RELEASE_DATE, "3 March 1995").verdict());
    }

    @Test
    void dateAgreesWithItsYear() {
        SyntheticFilm film = SyntheticFilm.film("date-and-year")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.RELEASE_DATE, "USA", "15 December 1995", "Released 15 December 1995 (USA)")
                .says("b.txt", Predicate.RELEASE_DATE, "usa", "1995", "It reached US cinemas in 1995.");
        Fact f = onlyFact(verify(film.seed()), Predicate.RELEASE_DATE);

        assertEquals(Verdict.SUPPORTED, f.verdict());
        assertEquals(2, f.witnesses());
        assertEquals("15 December 1995", f.value().raw(), "the most precise value is canonical");
    }

    // ---- defects ----

    @Test
    void vagueValueDoesNotMergeTwoContradictingPreciseOnes() {
        SyntheticFilm film = SyntheticFilm.film("transitive")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW).source("c.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.RELEASE_DATE, "USA", "15 December 1995", "Released 15 December 1995 (USA)")
                .says("b.txt", Predicate.RELEASE_DATE, "USA", "3 March 1995", "Released 3 March 1995 (USA)")
                .says("c.txt", Predicate.RELEASE_DATE, "USA", "1995", "It reached US cinemas in 1995.");
        FilmVerification v = verify(film.seed());

        List<Fact> both = facts(v, Predicate.RELEASE_DATE).stream()
                .filter(f -> sourcesOf(f.supporting()).containsAll(Set.of("a.txt", "b.txt"))).toList();
        assertEquals(List.of(), both, "15 December and 3 March are different days");
    }

    @Test
    void rejectedClaimDoesNotShareItsIdWithTheVerifiedFact() {
        SyntheticFilm film = SyntheticFilm.film("ids")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW).source("c.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                .says("b.txt", Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti wrote the music.")
                .saysWithoutWriting("c.txt", Predicate.COMPOSER, null, "Angelo Badalamenti", "Music: Angelo Badalamenti");
        FilmVerification v = verify(film.seed());

        assertEquals(2, v.facts().size());
        assertEquals(2, v.facts().stream().map(Fact::id).distinct().count(), v.facts().toString());
    }

    @Test
    void amountsInDifferentCurrenciesGetDifferentFactIds() {
        SyntheticFilm film = SyntheticFilm.film("currency")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.BUDGET, "$18 million", "It cost $18 million.")
                .says("b.txt", Predicate.BUDGET, "\u20AC18 million", "It cost \u20AC18 million.");
        FilmVerification v = verify(film.seed());

        assertEquals(2, facts(v, Predicate.BUDGET).size());
        assertEquals(2, v.facts().stream().map(Fact::id).distinct().count(), v.facts().toString());
    }
}
