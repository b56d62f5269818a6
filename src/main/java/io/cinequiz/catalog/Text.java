package io.cinequiz.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Text normalisation shared by grounding and comparison: Unicode NFKC, case, quotes, dashes, white space. */
final class Text {

    private static final Map<Integer, String> COMPOSED = new ConcurrentHashMap<>();
    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    /** The Unicode categories of \p{L} and \p{N}, as bits by {@link Character#getType}. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private Text() {
    }

    /** NFKC, straight quotes, plain hyphens, lower case, single spaces. */
    static String normalize(String s) {
        return clean(Normalizer.normalize(s, Normalizer.Form.NFKC), Normalizer.Form.NFKC);
    }

    /**
     * {@link #normalize} without diacritics: "Denrée" and "Denree" fold to the same text. This is the form quotes
     * are looked up in documents in, so it works a character at a time (compatibility decomposition, marks dropped)
     * instead of normalising whole documents.
     */
    static String fold(String s) {
        return clean(s, Normalizer.Form.NFKD);
    }

    /**
     * A stable 64-bit FNV-1a hash of the text's UTF-8 bytes, in 16 hex digits: ids derived from content. The bytes
     * are made on the fly (as {@code getBytes(UTF_8)} makes them, an unpaired surrogate being '?'), which saves
     * encoding every quote into an array first at start-up.
     */
    static String hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = fnv(fnv(h, 0xC0 | c >> 6), 0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                h = fnv(fnv(h, 0xF0 | cp >> 18), 0x80 | cp >> 12 & 0x3F);
                h = fnv(fnv(h, 0x80 | cp >> 6 & 0x3F), 0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                h = fnv(h, '?');
            } else {
                h = fnv(fnv(fnv(h, 0xE0 | c >> 12), 0x80 | c >> 6 & 0x3F), 0x80 | c & 0x3F);
            }
        }
        char[] hex = new char[16];
        for (int i = hex.length - 1; i >= 0; i--, h >>>= 4) {
            hex[i] = HEX_DIGITS[(int) h & 0xF];
        }
        return new String(hex);
    }

    private static long fnv(long h, int octet) {
        return (h ^ octet) * FNV_PRIME;
    }

    private static String clean(String s, Normalizer.Form form) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true; // drops leading white space
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String mapped = cp < 0x80 ? null
                    : (form == Normalizer.Form.NFKD ? FOLDED : COMPOSED).computeIfAbsent(cp, c -> decompose(c, form));
            if (mapped == null) {
                space = append(out, cp, space);
            } else {
                for (int j = 0; j < mapped.length(); j++) {
                    space = append(out, mapped.charAt(j), space);
                }
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static String decompose(int cp, Normalizer.Form form) {
        String d = Normalizer.normalize(new String(Character.toChars(cp)), form);
        if (form == Normalizer.Form.NFKD) {
            StringBuilder kept = new StringBuilder();
            d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(kept::appendCodePoint);
            d = kept.toString();
        }
        return d;
    }

    /** Appends one character, mapped: quotes and dashes made plain, case folded, white space collapsed. */
    private static boolean append(StringBuilder out, int c, boolean afterSpace) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (!afterSpace) {
                out.append(' ');
            }
            return true;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> out.append('\'');
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
                    out.append('-');
            default -> out.appendCodePoint(Character.toLowerCase(c));
        }
        return false;
    }

    /** Folded words only, punctuation dropped: the form names and short texts are compared in. */
    static String key(String s) {
        return String.join(" ", words(s));
    }

    static List<String> words(String s) {
        return foldedWords(fold(s));
    }

    /** The words of a text that is already folded: its runs of letters and numbers (Unicode \p{L} and \p{N}). */
    static List<String> foldedWords(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    private static boolean isLetterOrNumber(int cp) {
        return cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z'
                : (LETTER_OR_NUMBER >> Character.getType(cp) & 1) != 0;
    }

    /** Whether {@code needle} occurs in {@code haystack} (both folded) as whole words, not inside a longer word. */
    static boolean containsPhrase(String haystack, String needle) {
        return occursAsWords(haystack, needle) || occursAsWords(fold(haystack), fold(needle));
    }

    private static boolean occursAsWords(String h, String n) {
        if (n.isEmpty()) {
            return false;
        }
        for (int i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
            boolean startOk = i == 0 || !isWordChar(h.charAt(i - 1)) || !isWordChar(n.charAt(0));
            int end = i + n.length();
            boolean endOk = end == h.length() || !isWordChar(h.charAt(end)) || !isWordChar(n.charAt(n.length() - 1));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
