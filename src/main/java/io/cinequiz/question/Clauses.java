package io.cinequiz.question;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a claim's quote to the whole sentence of its document that holds it, so that a reveal cites the full clause
 * stating the fact and not a fragment of it ("six narcoleptic clones" of a list). A sentence longer than
 * {@link #LONG} characters is cut to the clause around the quote (between semicolons, colons or dashes). The result
 * is a verbatim passage of the document, on one line, with one exception: where the document itself shows a gap that a
 * scraped page leaves when it drops a linked name (a possessive with nothing before it: "losing to ‘s Underground"),
 * the gap is marked {@link #GAP_MARK}, so that a reader sees the source lost a word, not the citation.
 */
final class Clauses {

    static final int LONG = 260;
    static final String GAP_MARK = "[\u2026]";
    /** Where a name was dropped before its possessive: "to ‘s Underground" (any apostrophe, after a space). */
    private static final Pattern GAP = Pattern.compile("(?<=[\\s\u00A0])(?=['\u2018\u2019]s\\b)");
    private static final String CLAUSE_MARKS = ";:\u2014\u2013";
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "mlle", "mme", "st", "vs", "etc",
            "jr", "sr", "no", "vol", "approx");
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z]+)$");

    private Clauses() {
    }

    static String around(String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0 || quote.isEmpty()) {
            return quote;
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at + quote.length());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int start = sentenceStart(text, lineStart, at);
        int end = sentenceEnd(text, at + quote.length(), lineEnd);
        if (end - start > LONG) {
            start = Math.max(start, clauseStart(text, start, at));
            end = Math.min(end, clauseEnd(text, start, at + quote.length(), end));
        }
        String passage = trim(text.substring(start, end));
        return marked(passage.contains(quote.strip()) ? passage : quote);
    }

    /** The passage with every gap a dropped name left marked. */
    static String marked(String passage) {
        return GAP.matcher(passage).replaceAll(Matcher.quoteReplacement(GAP_MARK));
    }

    /** The document's own text of a cited passage: the passage without the marks {@link #marked} added. */
    static String verbatim(String citation) {
        return citation.replace(GAP_MARK, "");
    }

    private static int sentenceStart(String text, int lineStart, int at) {
        for (int i = at - 1; i > lineStart; i--) {
            if (space(text.charAt(i)) && endsSentence(text, i - 1)) {
                return i + 1;
            }
        }
        return lineStart;
    }

    private static int sentenceEnd(String text, int from, int lineEnd) {
        for (int i = Math.max(from - 1, 0); i < lineEnd; i++) {
            if (i >= from - 1 && endsSentence(text, i) && (i + 1 == lineEnd || space(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return lineEnd;
    }

    /** Whether the character at {@code i} closes a sentence: . ! ? (or a quote mark after one), not an abbreviation. */
    private static boolean endsSentence(String text, int i) {
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if ((c == '"' || c == '\u201D' || c == '\u2019' || c == ')') && i > 0) {
            c = text.charAt(i - 1);
            i--;
        }
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, i - 12), i));
        if (m.find()) {
            String word = m.group(1);
            return word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
        }
        return true;
    }

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int i = at - 1; i >= sentenceStart; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    /** The first clause mark after the quote that is not inside parentheses opened since the clause began. */
    private static int clauseEnd(String text, int clauseStart, int from, int sentenceEnd) {
        int depth = 0;
        for (int i = clauseStart; i < sentenceEnd; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (i >= from && depth == 0 && CLAUSE_MARKS.indexOf(c) >= 0) {
                return i;
            }
        }
        return sentenceEnd;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** White space and leading decoration (bullets, emoji) off both ends. */
    private static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.codePointAt(b)) && "\"\u201C$'(\u2018[".indexOf(s.charAt(b)) < 0) {
            b += Character.charCount(s.codePointAt(b));
        }
        while (e > b && space(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
