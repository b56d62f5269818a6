package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroundingTest {

    private static Source document(String text) {
        return new Source("doc.txt", SourceKind.REVIEW, "A review", text);
    }

    private static Optional<String> problem(Source source, Predicate predicate, String subject, ValueType type,
            Object value, String quote) {
        Claim claim = SyntheticFilm.claim(source.id(), predicate, subject, type, value, quote);
        return Grounding.problem(claim, new SourceText(source));
    }

    private static Optional<String> problem(Source source, Predicate predicate, Object value, String quote) {
        return problem(source, predicate, null, predicate.valueType().orElseThrow(), value, quote);
    }

    @Test
    void groundedClaimPasses() {
        Source doc = document("The film was scored by Angelo Badalamenti. It runs 112 minutes.");
        assertEquals(Optional.empty(), problem(doc, Predicate.COMPOSER, "Angelo Badalamenti",
                "The film was scored by Angelo Badalamenti."));
        assertEquals(Optional.empty(), problem(doc, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes."));
    }

    @Test
    void rejectsQuoteMissingFromSource() {
        Source doc = document("The film was scored by Angelo Badalamenti.");
        assertEquals(Optional.of("the quote does not occur in doc.txt"),
                problem(doc, Predicate.COMPOSER, "Howard Shore", "The film was scored by Howard Shore."));
    }

    @Test
    void rejectsQuoteThatOnlyParaphrasesTheSource() {
        Source doc = document("Angelo Badalamenti wrote the score.");
        assertEquals(Optional.of("the quote does not occur in doc.txt"),
                problem(doc, Predicate.COMPOSER, "Angelo Badalamenti", "Angelo Badalamenti composed the score."));
    }

    @Test
    void quoteMatchesDespiteStraightQuotesForCurlyOnes() {
        Source doc = document("Despite not speaking French, Perlman\u2019s \u201Cexpressive\u201D delivery helps.");
        assertEquals(Optional.empty(), problem(doc, Predicate.TRIVIA, "How Ron Perlman delivers", ValueType.TEXT,
                "expressive", "Perlman's \"expressive\" delivery helps."));
    }

    @Test
    void quoteMatchesDespitePlainHyphenForDash() {
        Source doc = document("Perlman\u2019s expressive delivery\u2014learned phonetically\u2014adds warmth.");
        assertEquals(Optional.empty(), problem(doc, Predicate.TRIVIA, "How Ron Perlman learned his French lines",
                ValueType.TEXT, "phonetically", "delivery-learned phonetically-adds warmth"));
    }

    @Test
    void quoteMatchesDespiteExtraWhiteSpaceAndCase() {
        Source doc = document("Miette   is played\u00A0by\n   Judith Vittet.");
        assertEquals(Optional.empty(), problem(doc, Predicate.CAST, "Miette", ValueType.PERSON, "Judith Vittet",
                "MIETTE IS PLAYED BY Judith Vittet"));
    }

    @Test
    void quoteMatchesDespiteMissingDiacritics() {
        Source doc = document("Then they kidnap Denr\u00E9e, the brother of One.");
        assertEquals(Optional.empty(), problem(doc, Predicate.PLOT, "The kidnapped child", ValueType.CHARACTER, "Denree", "Then they kidnap Denree,"));
    }

    @Test
    void rejectsValueMissingFromQuoteNamingTheValue() {
        Source doc = document("The film was scored by Angelo Badalamenti.");
        assertEquals(Optional.of("the value 'Angelo Badalementi' does not occur in the quote"),
                problem(doc, Predicate.COMPOSER, "Angelo Badalementi", "The film was scored by Angelo Badalamenti."));
    }

    @Test
    void rejectsValueFoundOnlyInsideALongerWord() {
        Source doc = document("Rated PG for mild peril.");
        assertEquals(Optional.of("the value 'R' does not occur in the quote"),
                problem(doc, Predicate.MPAA_RATING, "R", "Rated PG for mild peril."));
    }

    @Test
    void numberValueMustBeWrittenAsInTheQuote() {
        Source doc = document("Budget: $18,000,000 (estimated)");
        assertEquals(Optional.empty(), problem(doc, Predicate.BUDGET, "$18,000,000", "$18,000,000 (estimated)"));
        assertEquals(Optional.of("the value '$18 million' does not occur in the quote"),
                problem(doc, Predicate.BUDGET, "$18 million", "$18,000,000 (estimated)"));
    }

    @Test
    void countriesAreGroundedByAdjective() {
        Source doc = document("A French-Spanish-German co-production, it premiered at Cannes.");
        assertEquals(Optional.empty(), problem(doc, Predicate.COUNTRY, List.of("France", "Spain", "Germany"),
                "A French-Spanish-German co-production"));
    }

    @Test
    void countriesAreGroundedByName() {
        Source doc = document("Country of origin: France, United States");
        assertEquals(Optional.empty(), problem(doc, Predicate.COUNTRY, List.of("France", "USA"),
                "Country of origin: France, United States"));
    }

    @Test
    void rejectsCountryTheQuoteDoesNotName() {
        Source doc = document("A French-Spanish-German co-production, it premiered at Cannes.");
        assertEquals(Optional.of("the quote does not name Italy"), problem(doc, Predicate.COUNTRY,
                List.of("France", "Spain", "Italy"), "A French-Spanish-German co-production"));
    }

    @Test
    void rejectsPronounUsAsUnitedStates() {
        Source doc = document("Let us dream of a French film.");
        assertEquals(Optional.of("the quote does not name United States"),
                problem(doc, Predicate.COUNTRY, List.of("France", "United States"), "Let us dream of a French film."));
    }
}
