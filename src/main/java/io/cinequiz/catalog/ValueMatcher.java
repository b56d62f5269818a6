package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Step 2 of verification: whether two values are the same value. Names and short texts match despite typos
 * (Jaro-Winkler), and a text matches a longer one that contains all its words ("rig" and "oil rig"); numbers and
 * dates match when the ranges their precision allows overlap ("$18 million" and "$18,000,000").
 */
public final class ValueMatcher {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "and", "his",
            "her", "their", "its");

    private final double nameSimilarity;
    private final Map<String, String> keys = new HashMap<>();

    public ValueMatcher(double nameSimilarity) {
        this.nameSimilarity = nameSimilarity;
    }

    public boolean same(Value a, Value b) {
        if (a instanceof Value.Quantity qa && b instanceof Value.Quantity qb) {
            return qa.overlaps(qb);
        }
        if (a instanceof Value.DateRange da && b instanceof Value.DateRange db) {
            return da.overlaps(db);
        }
        if (a instanceof Value.Countries ca && b instanceof Value.Countries cb) {
            return new HashSet<>(ca.countries()).equals(new HashSet<>(cb.countries()));
        }
        if (a instanceof Value.Name na && b instanceof Value.Name nb) {
            return sameName(na.raw(), nb.raw(), na.type() == ValueType.TEXT && nb.type() == ValueType.TEXT);
        }
        return key(a.raw()).equals(key(b.raw()));
    }

    /** {@link Text#key}, made once per text for this matcher. */
    String key(String raw) {
        return keys.computeIfAbsent(raw, Text::key);
    }

    /** The form two texts are compared in: folded words, punctuation and accents dropped. */
    public static String normalized(String text) {
        return Text.key(text);
    }

    /** Similarity of two names: 1 when equal after folding, else Jaro-Winkler on the folded words. */
    public double similarity(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        return ka.equals(kb) ? 1.0 : JARO_WINKLER.apply(ka, kb);
    }

    private boolean sameName(String a, String b, boolean text) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return true;
        }
        if (!digits(ka).equals(digits(kb))) {
            return false; // "PG" and "PG-13", "20th Anniversary" and "25th Anniversary"
        }
        if (text && containsAllWords(ka, kb)) {
            return true;
        }
        // Very short strings ("R", "One") are compared exactly: a typo there is a different word.
        return Math.min(ka.length(), kb.length()) >= 5 && JARO_WINKLER.apply(ka, kb) >= nameSimilarity;
    }

    /** The runs of digits in the text, one space between runs. */
    private static String digits(String key) {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                boolean newRun = i > 0 && !(key.charAt(i - 1) >= '0' && key.charAt(i - 1) <= '9');
                if (newRun && runs.length() > 0) {
                    runs.append(' ');
                }
                runs.append(c);
            }
        }
        return runs.toString();
    }

    private static boolean containsAllWords(String a, String b) {
        Set<String> wa = contentWords(a);
        Set<String> wb = contentWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        return wa.containsAll(wb) || wb.containsAll(wa);
    }

    private static Set<String> contentWords(String key) {
        Set<String> words = new HashSet<>(List.of(key.split(" ")));
        words.removeAll(STOP_WORDS);
        words.remove("");
        return words;
    }
}
