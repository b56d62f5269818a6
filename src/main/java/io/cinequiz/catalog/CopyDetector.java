package io.cinequiz.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 4 of verification: two documents that share a long verbatim passage around a claim are one witness, not two
 * (copying is not corroboration). The passage compared is the quote with {@code contextChars} characters either
 * side; a shared run of {@code minWords} consecutive words (after folding) counts as copying.
 */
final class CopyDetector {

    private final int minWords;
    private final int contextChars;
    private final Map<String, Source> sources;
    private final Map<String, Set<Long>> shingles = new HashMap<>();

    CopyDetector(int minWords, int contextChars, Map<String, Source> sources) {
        this.minWords = minWords;
        this.contextChars = contextChars;
        this.sources = sources;
    }

    boolean copied(Claim a, Claim b) {
        if (a.sourceId().equals(b.sourceId())) {
            return false;
        }
        Set<Long> first = shinglesAround(a);
        Set<Long> second = shinglesAround(b);
        Set<Long> smaller = first.size() <= second.size() ? first : second;
        Set<Long> larger = smaller == first ? second : first;
        for (Long shingle : smaller) {
            if (larger.contains(shingle)) {
                return true;
            }
        }
        return false;
    }

    /** Hashes of every run of {@code minWords} words in the passage around the claim's quote. */
    private Set<Long> shinglesAround(Claim claim) {
        return shingles.computeIfAbsent(claim.id(), k -> {
            List<String> words = Text.words(passage(claim));
            Set<Long> result = new HashSet<>();
            for (int i = 0; i + minWords <= words.size(); i++) {
                long hash = 1;
                for (int j = i; j < i + minWords; j++) {
                    hash = hash * 1_000_003L + words.get(j).hashCode();
                }
                result.add(hash);
            }
            return result;
        });
    }

    /** The quote with its surroundings; the first and last words are cut off as they may be partial. */
    private String passage(Claim claim) {
        String text = sources.get(claim.sourceId()).text();
        int at = text.indexOf(claim.quote());
        if (at < 0) {
            return claim.quote(); // grounded only after normalisation: compare the quote alone
        }
        int from = Math.max(0, at - contextChars);
        int to = Math.min(text.length(), at + claim.quote().length() + contextChars);
        String window = text.substring(from, to);
        int firstSpace = from == 0 ? 0 : Math.max(0, window.indexOf(' '));
        int lastSpace = to == text.length() ? window.length() : Math.max(firstSpace, window.lastIndexOf(' '));
        return window.substring(firstSpace, lastSpace);
    }
}
