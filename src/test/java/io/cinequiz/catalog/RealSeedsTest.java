package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verifies the real seed of The City of Lost Children (tests run with the repository root as working directory). */
class RealSeedsTest {

    private static final String SUMMARY = "004_0900b794d3a0f379.txt";
    private static final Set<String> DOCUMENTS = Set.of("000_f2164ec7f0ee8e07.txt", "001_2e7b0fae08378bae.txt",
            "002_a5a4f472edb5b872.txt", "003_9eea816d46e5a46c.txt", SUMMARY);

    private static FilmSeed seed;
    private static FilmVerification verification;

    @BeforeAll
    static void verifySeed() {
        seed = SeedLoader.loadFilm(Path.of("seeds/city-of-lost-children"));
        verification = new Verifier(VerificationSettings.defaults()).verify(seed);
    }

    private static List<Fact> facts(Predicate predicate, String subject) {
        return verification.facts().stream()
                .filter(f -> f.predicate() == predicate)
                .filter(f -> subject == null ? f.subject() == null : subject.equalsIgnoreCase(f.subject()))
                .toList();
    }

    private static Fact supported(Predicate predicate, String subject) {
        List<Fact> supported = facts(predicate, subject).stream().filter(f -> f.verdict() == Verdict.SUPPORTED).toList();
        assertEquals(1, supported.size(), predicate.key() + " / " + subject + ": " + facts(predicate, subject));
        return supported.get(0);
    }

    @Test
    void loadsTheFilmAndItsFiveDocuments() {
        assertEquals("city-of-lost-children", seed.film().id());
        assertEquals(1995, seed.film().year());
        assertEquals(DOCUMENTS, seed.sources().stream().map(Source::id).collect(Collectors.toSet()));
    }

    @Test
    void everyDocumentContributesClaims() {
        assertTrue(seed.claims().size() >= 80, "claims: " + seed.claims().size());
        assertEquals(DOCUMENTS, seed.claims().stream().map(Claim::sourceId).collect(Collectors.toSet()));
        for (SourceStanding s : verification.standings()) {
            assertTrue(s.claims() > 0, s.toString());
        }
    }

    @Test
    void everyQuoteIsGrounded() {
        assertEquals(List.of(), verification.facts(Verdict.REJECTED));
        assertTrue(verification.standings().stream().allMatch(s -> s.rejected() == 0));
    }

    @Test
    void cannesOpeningFilmIsSupported() {
        assertEquals("Cannes", supported(Predicate.OPENED_FESTIVAL, null).value().raw());
    }

    @Test
    void fourteenYearsFromIdeaToFilmIsSupported() {
        Fact f = supported(Predicate.PRODUCTION, "Years between conceiving the film and completing it");
        assertEquals("fourteen", f.value().raw());
        Value.Quantity q = (Value.Quantity) f.value();
        assertEquals(14, q.low());
        assertEquals(14, q.high());
    }

    @Test
    void perlmanLearningHisLinesPhoneticallyIsSupported() {
        Fact f = supported(Predicate.TRIVIA, "How Ron Perlman learned his French lines");
        assertEquals("phonetically", f.value().raw());
        assertEquals(2, f.witnesses());
    }

    @Test
    void gaultierDesignedTheCostumes() {
        Fact f = supported(Predicate.COSTUME_DESIGNER, null);
        assertEquals("Jean-Paul Gaultier", f.value().raw());
        assertTrue(f.witnesses() >= 2, f.toString());
    }

    @Test
    void usGrossIsDisputedBetweenRoundedAndExactFigures() {
        List<Fact> gross = facts(Predicate.GROSS, "USA");
        assertEquals(Set.of("$1.7 million", "$1,513,028"),
                gross.stream().map(f -> f.value().raw()).collect(Collectors.toSet()));
        for (Fact f : gross) {
            assertEquals(Verdict.DISPUTED, f.verdict(), f.toString());
            assertEquals(1, f.opposing().size(), f.toString());
        }
    }

    @Test
    void nothingStatedOnlyByTheInventedSummaryIsSupported() {
        List<Fact> onlySummary = verification.facts().stream()
                .filter(f -> f.supporting().stream().allMatch(e -> e.sourceId().equals(SUMMARY)))
                .toList();
        assertTrue(onlySummary.size() >= 10, "the summary's own facts: " + onlySummary.size());
        for (Fact f : onlySummary) {
            assertTrue(f.verdict() == Verdict.REFUTED || f.verdict() == Verdict.NOT_ENOUGH_INFO, f.toString());
        }
        assertTrue(onlySummary.stream().anyMatch(f -> f.verdict() == Verdict.REFUTED));
    }

    @Test
    void inventedSummaryHasTheLowestTrust() {
        List<SourceStanding> ranked = verification.standings().stream()
                .sorted(Comparator.comparingDouble(SourceStanding::trust)).toList();
        assertEquals(SUMMARY, ranked.get(0).sourceId());
        assertTrue(ranked.get(0).trust() < VerificationSettings.defaults().singleSourceTrust(), ranked.get(0).toString());
        assertTrue(ranked.get(0).lost() > 0 && ranked.get(0).won() == 0, ranked.get(0).toString());
        assertTrue(ranked.get(1).trust() >= VerificationSettings.defaults().singleSourceTrust(), ranked.get(1).toString());
    }

    @Test
    void composerIsBadalamentiDespiteTheBadalementiSpelling() {
        Fact f = supported(Predicate.COMPOSER, null);
        assertEquals("Angelo Badalamenti", f.value().raw());
        assertTrue(f.supporting().stream().anyMatch(e -> e.value().equals("Angelo Badalementi")), f.toString());
        assertTrue(f.witnesses() >= 3, f.toString());
    }

    @Test
    void mietteIsPlayedByJudithVittetDespiteTheVilletSpelling() {
        Fact f = supported(Predicate.CAST, "Miette");
        assertEquals("Judith Vittet", f.value().raw());
        assertTrue(f.supporting().stream().anyMatch(e -> e.value().equals("Judith Villet")), f.toString());
        assertEquals(List.of(), f.opposing());
    }

    @Test
    void budgetAtTwoPrecisionsIsOneSupportedFact() {
        Fact f = supported(Predicate.BUDGET, null);
        assertEquals(1, facts(Predicate.BUDGET, null).size());
        assertEquals("$18,000,000", f.value().raw());
        assertTrue(f.witnesses() >= 2, f.toString());
    }
}
