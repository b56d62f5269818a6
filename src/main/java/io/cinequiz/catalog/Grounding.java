package io.cinequiz.catalog;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Step 1 of verification: a claim is grounded when its quote occurs in the cited document and its value occurs in
 * its quote, both after normalisation (Unicode NFKC, case, curly quotes and dashes, white space, diacritics).
 */
final class Grounding {

    private Grounding() {
    }

    /**
     * Why the claim is not grounded, or empty when it is. {@code foldedText} gives the source's {@link Text#fold};
     * it is asked for only when the quote is not in the document character for character.
     */
    static Optional<String> problem(Claim claim, Source source, Supplier<String> foldedText) {
        String quote = claim.quote();
        if (!source.text().contains(quote) && !foldedText.get().contains(Text.fold(quote))) {
            return Optional.of("the quote does not occur in " + source.id());
        }
        if (claim.value() instanceof Value.Countries countries) {
            for (String country : countries.countries()) {
                if (Countries.wordsFor(country).stream().noneMatch(word -> Text.containsPhrase(quote, word))) {
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
}
