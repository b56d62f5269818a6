package io.cinequiz.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Step 1 of verification: a claim is grounded when its quote occurs in the cited document and its value occurs in
 * its quote, both after normalisation (Unicode NFKC, case, curly quotes and dashes, white space, diacritics).
 */
final class Grounding {

    private Grounding() {
    }

    /**
     * Why the claim is not grounded in its document, or empty when it is. The document is folded only when the
     * quote is not in it character for character.
     */
    static Optional<String> problem(Claim claim, SourceText document) {
        String quote = claim.quote();
        if (document.indexOf(quote) < 0 && !document.folded().contains(Text.fold(quote))) {
            return Optional.of("the quote does not occur in " + document.source.id());
        }
        if (claim.value() instanceof Value.Countries countries) {
            for (String country : countries.countries()) {
                if (!namesAny(quote, Countries.wordsFor(country))) {
                    return Optional.of("the quote does not name " + country);
                }
            }
            return Optional.empty();
        }
        if (!Text.containsPhrase(quote, claim.value().raw())) {
            return Optional.of("the value '" + claim.value().raw() + "' does not occur in the quote");
        }
        return Optional.empty();
    }

    private static boolean namesAny(String quote, List<String> words) {
        for (String word : words) {
            if (Text.containsPhrase(quote, word)) {
                return true;
            }
        }
        return false;
    }
}
