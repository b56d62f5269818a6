package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 2 of verification: whether two values are the same value. Names and short texts match despite typos
 * (Jaro-Winkler), and a text matches a longer one that contains all its words ("rig" and "oil rig"); numbers and
 * dates match when the ranges their precision allows overlap ("$18 million" and "$18,000,000").
 */
public final class ValueMatcher {

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

    /** {@link #normalized}, made once per text for this matcher. */
    public String key(String raw) {
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
        return ka.equals(kb) ? 1.0 : jaroWinkler(ka, kb);
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
        return Math.min(ka.length(), kb.length()) >= 5 && jaroWinkler(ka, kb) >= nameSimilarity;
    }

    /**
     * Jaro-Winkler similarity, computed step for step as Apache Commons Text's {@code JaroWinklerSimilarity} does (a
     * test compares the two). It is written out here because that class pulls in Commons Lang's StringUtils, whose
     * loading cost more at start-up than all the comparisons.
     */
    static double jaroWinkler(String first, String second) {
        if (first.equals(second)) {
            return 1;
        }
        String max = first.length() > second.length() ? first : second;
        String min = max == first ? second : first;
        int range = Math.max(max.length() / 2 - 1, 0);
        boolean[] minMatched = new boolean[min.length()];
        boolean[] maxMatched = new boolean[max.length()];
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if (!maxMatched[xi] && min.charAt(mi) == max.charAt(xi)) {
                    minMatched[mi] = true;
                    maxMatched[xi] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        for (int mi = 0, xi = 0; mi < min.length(); mi++) {
            if (minMatched[mi]) {
                while (!maxMatched[xi]) {
                    xi++;
                }
                if (min.charAt(mi) != max.charAt(xi++)) {
                    halfTranspositions++;
                }
            }
        }
        int prefix = 0;
        while (prefix < Math.min(4, min.length()) && first.charAt(prefix) == second.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double j = (m / first.length() + m / second.length() + (m - halfTranspositions / 2.0) / m) / 3;
        return j < 0.7 ? j : j + 0.1 * prefix * (1 - j);
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
