package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normalizeAppliesCompatibilityForms() {
        assertEquals("fine 12 1", Text.normalize("\uFB01ne \uFF11\uFF12 \u2460")); // ligature fi, full-width 12, circled 1
    }

    @Test
    void normalizeStraightensCurlyQuotes() {
        assertEquals("perlman's \"one\"", Text.normalize("Perlman\u2019s \u201COne\u201D"));
        assertEquals("'single' \"guillemets\"", Text.normalize("\u2018single\u2019 \u00ABguillemets\u00BB"));
    }

    @Test
    void normalizeTurnsDashesIntoHyphens() {
        assertEquals("1995-1996 - delivery-learned", Text.normalize("1995\u20131996 \u2014 delivery\u2014learned"));
    }

    @Test
    void normalizeCollapsesWhiteSpaceAndTrims() {
        assertEquals("a b c d", Text.normalize("  a\u00A0\u00A0b \t\n c\u2009d \n"));
    }

    @Test
    void normalizeLowersCaseButKeepsDiacritics() {
        assertEquals("la cité des enfants perdus", Text.normalize("La Cité des Enfants PERDUS"));
    }

    @Test
    void foldDropsDiacritics() {
        assertEquals("denree", Text.fold("Denr\u00E9e"));
        assertEquals("denree", Text.fold("Denre\u0301e")); // e + combining acute
        assertEquals("galan barthelemy", Text.fold("Gal\u00E1n Barth\u00E9l\u00E9my"));
    }

    @Test
    void foldAlsoNormalizesQuotesDashesSpaceAndCase() {
        assertEquals("perlman's delivery-learned \"phonetically\"",
                Text.fold("  Perlman\u2019s delivery\u2014learned\u00A0 \u201CPhonetically\u201D "));
    }

    @Test
    void normalizeComposesDecomposedAccents() {
        assertEquals(Text.normalize("Caf\u00E9"), Text.normalize("Cafe\u0301"));
    }

    @Test
    void keyKeepsFoldedWordsOnly() {
        assertEquals("jean pierre jeunet", Text.key("Jean-Pierre  Jeunet"));
        assertEquals("palme d or", Text.key("Palme D\u2019or"));
        assertEquals(List.of("u", "s", "1", "7", "million"), Text.words("U.S. ($1.7 million)"));
    }

    @Test
    void containsPhraseFindsWholeWord() {
        assertTrue(Text.containsPhrase("Rated R for disturbing images", "R"));
    }

    @Test
    void containsPhraseIgnoresMatchInsideLongerWord() {
        assertFalse(Text.containsPhrase("Rated PG", "R"));
        assertFalse(Text.containsPhrase("Rated R for disturbing images", "Rat"));
        assertFalse(Text.containsPhrase("a strongman", "strong"));
    }

    @Test
    void containsPhraseIgnoresCaseDiacriticsQuotesAndDashes() {
        assertTrue(Text.containsPhrase("they kidnap Denr\u00E9e, the brother", "denree"));
        assertTrue(Text.containsPhrase("Perlman\u2019s delivery\u2014learned phonetically", "Perlman's delivery-learned"));
    }

    @Test
    void containsPhraseAcceptsNeedleEndingInPunctuation() {
        assertTrue(Text.containsPhrase("it grossed modestly in the U.S. ($1.7 million)", "u.s."));
        assertTrue(Text.containsPhrase("grossed $1,513,028 (USA)", "$1,513,028"));
    }

    @Test
    void containsPhraseRejectsEmptyAndAbsentNeedles() {
        assertFalse(Text.containsPhrase("anything", ""));
        assertFalse(Text.containsPhrase("Angelo Badalamenti", "Angelo Badalementi"));
    }

    @Test
    void hashIsFnv1a64InSixteenHexDigits() {
        // Published FNV-1a 64-bit test vectors.
        assertEquals("cbf29ce484222325", Text.hash(""));
        assertEquals("af63dc4c8601ec8c", Text.hash("a"));
        assertEquals("85944171f73967e8", Text.hash("foobar"));
    }

    @Test
    void hashIsStableAndContentSensitive() {
        String text = "The City of Lost Children|composer|angelo badalamenti";
        assertEquals(Text.hash(text), Text.hash(new String(text.toCharArray())));
        assertNotEquals(Text.hash(text), Text.hash(text + " "));
        assertEquals(16, Text.hash("Denr\u00E9e").length());
    }

    @Test
    void hashIsOverTheUtf8BytesOfAnyText() {
        for (String text : List.of("Denr\u00E9e", "\u201COne\u201D \u2014 \u20AC1.7", "emoji \uD83C\uDFAC!",
                "lone \uD83C high", "lone \uDFAC low", "\uDFAC\uD83C", "\u07FF\u0800\uFFFF")) {
            long h = 0xcbf29ce484222325L;
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            assertEquals(String.format("%016x", h), Text.hash(text), text);
        }
    }
}
