package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * A source document as verification reads it: its characters, where each quote first occurs in it (looked up once
 * per quote; claims often share one), and its folded form (made only if some quote is not there verbatim).
 * Start-up runs this code before the JIT has compiled it, so the lookups are plain loops over a char array rather
 * than calls per character.
 */
final class SourceText {

    final Source source;
    final char[] chars;
    private final Map<String, Integer> quotes = new HashMap<>();
    private String folded;

    SourceText(Source source) {
        this.source = source;
        this.chars = source.text().toCharArray();
    }

    /** Where {@code quote} first occurs in the document, character for character, or -1 (as String.indexOf). */
    int indexOf(String quote) {
        Integer at = quotes.get(quote);
        if (at == null) {
            at = indexOf(chars, quote.toCharArray());
            quotes.put(quote, at);
        }
        return at;
    }

    String folded() {
        if (folded == null) {
            folded = Text.fold(source.text());
        }
        return folded;
    }

    private static int indexOf(char[] text, char[] quote) {
        if (quote.length == 0) {
            return 0;
        }
        char first = quote[0];
        for (int i = 0, last = text.length - quote.length; i <= last; i++) {
            if (text[i] == first && matchesAt(text, i, quote)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(char[] text, int at, char[] quote) {
        for (int j = 1; j < quote.length; j++) {
            if (text[at + j] != quote[j]) {
                return false;
            }
        }
        return true;
    }
}
