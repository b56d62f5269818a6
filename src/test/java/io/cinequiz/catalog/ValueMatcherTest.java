package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {

    private final ValueMatcher matcher = new ValueMatcher(VerificationSettings.defaults().nameSimilarity());

    private boolean same(ValueType type, Object a, Object b) {
        return matcher.same(ValueParser.parse(type, a), ValueParser.parse(type, b));
    }

    private boolean same(ValueType typeA, Object a, ValueType typeB, Object b) {
        return matcher.same(ValueParser.parse(typeA, a), ValueParser.parse(typeB, b));
    }

    @Test
    void jaroWinklerIsCommonsTextsJaroWinkler() {
        JaroWinklerSimilarity commons = new JaroWinklerSimilarity();
        List<String> names = List.of("angelo badalamenti", "angelo badalementi", "judith vittet", "judith villet",
                "marc caro", "jean pierre jeunet", "dream", "dreaming", "dark fantasy", "dark fairy tale", "denree",
                "o six", "martha", "marhta", "dixon", "dicksonx", "jellyfish", "smellyfish", "", "a", "ab", "ba",
                "abcdef", "fedcba", "crate", "trace", "dwayne", "duane", "la cite des enfants perdus");
        for (String a : names) {
            for (String b : names) {
                assertEquals(commons.apply(a, b), ValueMatcher.jaroWinkler(a, b), 0.0, a + " / " + b);
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(random);
            String b = random.nextBoolean() ? randomText(random) : typo(random, a);
            assertEquals(commons.apply(a, b), ValueMatcher.jaroWinkler(a, b), 0.0, a + " / " + b);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(14); n > 0; n--) {
            text.append("abcde \u00E9".charAt(random.nextInt(7)));
        }
        return text.toString();
    }

    private static String typo(Random random, String text) {
        if (text.length() < 2) {
            return text + "x";
        }
        int at = random.nextInt(text.length() - 1);
        return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    }

    @Test
    void namesWithOneTypoAreTheSamePerson() {
        assertTrue(same(ValueType.PERSON, "Judith Vittet", "Judith Villet"));
        assertTrue(same(ValueType.PERSON, "Angelo Badalamenti", "Angelo Badalementi"));
    }

    @Test
    void differentPeopleWithTheSameFirstNameAreDifferent() {
        assertFalse(same(ValueType.PERSON, "Jean-Pierre Jeunet", "Jean-Paul Gaultier"));
        assertFalse(same(ValueType.PERSON, "Angelo Badalamenti", "Howard Shore"));
    }

    @Test
    void namesMatchWithoutDiacriticsCaseOrPunctuation() {
        assertTrue(same(ValueType.CHARACTER, "Denr\u00E9e", "Denree"));
        assertTrue(same(ValueType.PERSON, "Jean-Pierre Jeunet", "jean pierre jeunet"));
    }

    @Test
    void shortNamesMustMatchExactly() {
        assertTrue(same(ValueType.CHARACTER, "One", "one"));
        assertFalse(same(ValueType.CHARACTER, "One", "Ona"));
        assertFalse(same(ValueType.TEXT, "R", "PG"));
    }

    @Test
    void similarityIsOneForEqualKeysAndLowerForTypos() {
        assertEquals(1.0, matcher.similarity("Denr\u00E9e", "DENREE"));
        double typo = matcher.similarity("Angelo Badalamenti", "Angelo Badalementi");
        assertTrue(typo > 0.92 && typo < 1.0, "similarity " + typo);
    }

    @Test
    void textMatchesALongerTextHoldingAllItsWords() {
        assertTrue(same(ValueType.TEXT, "rig", "oil rig"));
        assertTrue(same(ValueType.TEXT, "an oil rig", "rig"));
    }

    @Test
    void differentTextsAreDifferent() {
        assertFalse(same(ValueType.TEXT, "strongman", "inventor"));
        assertFalse(same(ValueType.TEXT, "oil rig", "castle"));
    }

    @Test
    void containedWordsMakeSameTextOnlyForTextValues() {
        // For persons the "all words contained" rule does not apply: "Caro" is not "Marc Caro" by inclusion.
        assertFalse(same(ValueType.PERSON, "Caro", "Marc Caro"));
    }

    @Test
    void overlappingMoneyRangesAreTheSameAmount() {
        assertTrue(same(ValueType.MONEY, "$18 million", "$18,000,000"));
        assertTrue(same(ValueType.MONEY, "$18 million", "$18.2 million"));
    }

    @Test
    void disjointMoneyRangesAreDifferentAmounts() {
        assertFalse(same(ValueType.MONEY, "$1.7 million", "$1,513,028"));
        assertFalse(same(ValueType.MONEY, "$18 million", "$20 million"));
    }

    @Test
    void adjacentRoundedValuesAreDifferent() {
        assertFalse(same(ValueType.MONEY, "$18 million", "$19 million"));
        assertFalse(same(ValueType.RATING, "79%", "80%"));
        assertFalse(same(ValueType.RATING, "7.7/10", "7.8/10"));
    }

    @Test
    void sameNumberInAnotherCurrencyIsDifferent() {
        assertFalse(same(ValueType.MONEY, "$5 million", "\u20AC5 million"));
    }

    @Test
    void integersInWordsAndDigitsAreTheSame() {
        assertTrue(same(ValueType.INTEGER, "fourteen", "14"));
        assertTrue(same(ValueType.INTEGER, "half-dozen", "six"));
        assertFalse(same(ValueType.INTEGER, "six", "seven"));
    }

    @Test
    void durationsInDifferentNotationsAreTheSame() {
        assertTrue(same(ValueType.DURATION, "112 minutes", "1h 52m"));
        assertFalse(same(ValueType.DURATION, "112 minutes", "108 minutes"));
    }

    @Test
    void ratingsOnDifferentScalesCompareAsPercent() {
        assertTrue(same(ValueType.RATING, "7.7/10", "77%"));
        assertFalse(same(ValueType.RATING, "7.7/10", "79%"));
    }

    @Test
    void datesAgreeAtTheCoarserGranularity() {
        assertTrue(same(ValueType.DATE, "15 December 1995", ValueType.YEAR, "1995"));
        assertTrue(same(ValueType.DATE, "15 December 1995", ValueType.DATE, "December 1995"));
        assertTrue(same(ValueType.DATE, "December 15, 1995", ValueType.DATE, "1995-12-15"));
    }

    @Test
    void datesInDifferentPeriodsDiffer() {
        assertFalse(same(ValueType.DATE, "15 December 1995", ValueType.YEAR, "1996"));
        assertFalse(same(ValueType.DATE, "15 December 1995", ValueType.DATE, "16 December 1995"));
        assertFalse(same(ValueType.DATE, "15 December 1995", ValueType.DATE, "November 1995"));
    }

    @Test
    void countriesMatchAsSets() {
        assertTrue(same(ValueType.COUNTRIES, List.of("France", "Spain"), List.of("Spanish", "French")));
        assertFalse(same(ValueType.COUNTRIES, List.of("France", "Spain"), List.of("France")));
    }

    @Test
    void pgAndPg13AreDifferentRatings() {
        assertFalse(same(ValueType.TEXT, "PG", "PG-13"));
    }

    @Test
    void textsDifferingInANumberAreDifferent() {
        assertFalse(same(ValueType.TEXT, "20th Anniversary", "25th Anniversary"));
        assertFalse(same(ValueType.TEXT, "2 minutes", "12 minutes"));
    }
}
