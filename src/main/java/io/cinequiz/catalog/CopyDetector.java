package io.cinequiz.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 4 of verification: two documents that share a long verbatim passage around a claim are one witness, not two
 * (copying is not corroboration). The passage compared is the quote with {@code contextChars} characters either
 * side; a shared run of {@code minWords} consecutive words (case-insensitive, punctuation ignored) counts as copying.
 * Each document is split into words once; a claim's passage is a slice of its document's word runs.
 */
final class CopyDetector {

    private final int minWords;
    private final int contextChars;
    private final Map<String, Source> sources;
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, long[]> passages = new HashMap<>();

    CopyDetector(int minWords, int contextChars, Map<String, Source> sources) {
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
        return passages.computeIfAbsent(claim.id(), id -> {
            String text = sources.get(claim.sourceId()).text();
            int at = text.indexOf(claim.quote());
            Document doc = at < 0 ? new Document(claim.quote(), minWords) // grounded only after normalisation
                    : documents.computeIfAbsent(claim.sourceId(), s -> new Document(text, minWords));
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
    private static final class Document {
        final int[] starts;
        final int[] ends;
        final long[] runs;

        Document(String text, int minWords) {
            List<int[]> spans = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    spans.add(new int[] {start, i});
                }
            }
            starts = new int[spans.size()];
            ends = new int[spans.size()];
            long[] words = new long[spans.size()];
            for (int w = 0; w < spans.size(); w++) {
                starts[w] = spans.get(w)[0];
                ends[w] = spans.get(w)[1];
                words[w] = text.substring(starts[w], ends[w]).toLowerCase(Locale.ROOT).hashCode();
            }
            runs = new long[Math.max(0, words.length - minWords + 1)];
            for (int w = 0; w < runs.length; w++) {
                long hash = 1;
                for (int j = w; j < w + minWords; j++) {
                    hash = hash * 1_000_003L + words[j];
                }
                runs[w] = hash;
            }
        }
    }
}
