package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Step 4 of verification: two documents that share a long verbatim passage around a claim are one witness, not two
 * (copying is not corroboration). The passage compared is the quote with {@code contextChars} characters either
 * side; a shared run of {@code minWords} consecutive words (case-insensitive, punctuation ignored) counts as copying.
 * Each document is split into words once; a claim's passage is a slice of its document's word runs, found once per
 * quote (claims often share one).
 */
final class CopyDetector {

    private final int minWords;
    private final int contextChars;
    private final Map<String, SourceText> sources;
    private final Map<String, WordRuns> documents = new HashMap<>();
    private final Map<String, Map<String, long[]>> passages = new HashMap<>(); // source -> quote -> runs

    CopyDetector(int minWords, int contextChars, Map<String, SourceText> sources) {
        this.minWords = minWords;
        this.contextChars = contextChars;
        this.sources = sources;
    }

    boolean copied(Claim a, Claim b) {
        if (a.sourceId().equals(b.sourceId())) {
            return false;
        }
        long[] first = passage(a);
        long[] second = passage(b);
        for (int i = 0, j = 0; i < first.length && j < second.length; ) {
            if (first[i] == second[j]) {
                return true;
            }
            if (first[i] < second[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The hashes of the word runs in the passage around the claim's quote, sorted. */
    private long[] passage(Claim claim) {
        return passages.computeIfAbsent(claim.sourceId(), s -> new HashMap<>()).computeIfAbsent(claim.quote(), q -> {
            SourceText document = sources.get(claim.sourceId());
            int at = document.indexOf(claim.quote());
            WordRuns doc = at < 0
                    ? new WordRuns(claim.quote().toCharArray(), minWords) // grounded only after normalisation
                    : documents.computeIfAbsent(claim.sourceId(), s -> new WordRuns(document.chars, minWords));
            int from = at < 0 ? 0 : Math.max(0, at - contextChars);
            int to = at < 0 ? Integer.MAX_VALUE : at + claim.quote().length() + contextChars;
            int first = Arrays.binarySearch(doc.starts, from);
            first = first >= 0 ? first : -first - 1;
            int last = first;
            while (last < doc.runs.length && doc.ends[last + minWords - 1] <= to) {
                last++;
            }
            long[] runs = Arrays.copyOfRange(doc.runs, Math.min(first, last), last);
            Arrays.sort(runs);
            return runs;
        });
    }

    /** A text split into words, with the hash of every run of {@code minWords} consecutive words. */
    private static final class WordRuns {
        private static final long BASE = 1_000_003L;
        /** {@link Character#isLetterOrDigit} of the ASCII characters, looked up without a call per character. */
        private static final boolean[] ASCII_WORD_CHAR = new boolean[0x80];

        static {
            for (char c = 0; c < 0x80; c++) {
                ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
            }
        }

        final int[] starts;
        final int[] ends;
        final long[] runs;

        WordRuns(char[] text, int minWords) {
            int[] from = new int[text.length / 2 + 1];
            int[] to = new int[from.length];
            long[] words = new long[from.length];
            int count = 0;
            int start = -1;
            boolean ascii = true;
            int lower = 0; // String.hashCode of the word in lower case, while it is ASCII
            for (int i = 0; i <= text.length; i++) {
                char c = i < text.length ? text[i] : ' ';
                if (c < 0x80 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c)) {
                    if (start < 0) {
                        start = i;
                        ascii = true;
                        lower = 0;
                    }
                    ascii &= c < 0x80;
                    lower = 31 * lower + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                } else if (start >= 0) {
                    from[count] = start;
                    to[count] = i;
                    words[count++] = ascii ? lower
                            : new String(text, start, i - start).toLowerCase(Locale.ROOT).hashCode();
                    start = -1;
                }
            }
            starts = Arrays.copyOf(from, count);
            ends = Arrays.copyOf(to, count);
            // The hash of words w .. w+minWords-1 is 1·B^minWords + words[w]·B^(minWords-1) + ... + words[w+minWords-1]
            // (mod 2^64); each run's hash is rolled from the previous one's.
            runs = new long[Math.max(0, count - minWords + 1)];
            long last = 1; // B^(minWords-1), the weight of a run's first word
            for (int j = 1; j < minWords; j++) {
                last *= BASE;
            }
            long hash = 1;
            for (int j = 0; j < minWords && j < count; j++) {
                hash = hash * BASE + words[j];
            }
            for (int w = 0; w < runs.length; w++) {
                if (w > 0) {
                    hash = (hash - last * BASE - words[w - 1] * last) * BASE + last * BASE + words[w + minWords - 1];
                }
                runs[w] = hash;
            }
        }
    }
}
