package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * A source document as verification reads it: its characters, where each quote first occurs in it (looked up once
 * per quote; claims often share one), and its folded form (made only if some quote is not there verbatim).
 * Start-up runs this code before the JIT has compiled it, so a quote is compared only where the document has its
 * first character (the places of each ASCII character are listed once), over a char array.
 */
final class SourceText {

    final Source source;
    final char[] chars;
    private final Map<String, Integer> quotes = new HashMap<>();
    private int[][] places; // for each ASCII character, where the document has it, in order
    private String folded;

    SourceText(Source source) {
        this.source = source;
        this.chars = source.text().toCharArray();
    }

    /** Where {@code quote} first occurs in the document, character for character, or -1 (as String.indexOf). */
    int indexOf(String quote) {
        Integer at = quotes.get(quote);
        if (at == null) {
            at = find(quote.toCharArray());
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

    private int find(char[] quote) {
        if (quote.length == 0) {
            return 0;
        }
        int last = chars.length - quote.length;
        if (quote[0] < 0x80) {
            for (int i : places()[quote[0]]) {
                if (i > last) {
                    break;
                }
                if (matchesAt(chars, i, quote)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = 0; i <= last; i++) {
            if (chars[i] == quote[0] && matchesAt(chars, i, quote)) {
                return i;
            }
        }
        return -1;
    }

    private int[][] places() {
        if (places == null) {
            int[] count = new int[0x80];
            for (char c : chars) {
                if (c < 0x80) {
                    count[c]++;
                }
            }
            places = new int[0x80][];
            for (int c = 0; c < 0x80; c++) {
                places[c] = new int[count[c]];
                count[c] = 0;
            }
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    places[c][count[c]++] = i;
                }
            }
        }
        return places;
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
