package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static SourceText document(String text) {
        return new SourceText(new Source("doc.txt", SourceKind.REVIEW, "A review", text));
    }

    @Test
    void findsTheFirstOccurrenceOfAQuoteAsIndexOfDoes() {
        String text = "One\u2019s brother. Krank steals dreams; Krank ages. aaab, end";
        SourceText doc = document(text);
        for (String quote : new String[] {"Krank", "Krank ages.", "One\u2019s", "aab", "end", "dreams; Krank", "",
                "Krank  ages", "ends", text, text + "!", "\u2019s brother", "\u2019t", "d", ", end", "\u00E9"}) {
            assertEquals(text.indexOf(quote), doc.indexOf(quote), quote);
            assertEquals(text.indexOf(quote), doc.indexOf(quote), quote + " (looked up again)");
        }
    }

    @Test
    void foldsTheDocumentOnce() {
        SourceText doc = document("La Cit\u00E9 des enfants perdus");
        assertEquals("la cite des enfants perdus", doc.folded());
        assertEquals(doc.folded(), doc.folded());
    }
}
