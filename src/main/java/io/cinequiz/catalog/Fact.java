package io.cinequiz.catalog;

import java.util.List;

/**
 * A verified fact: one value for one (predicate, subject) of a film, with the claims that state it
 * ({@code supporting}) and the claims that state another value for the same single-valued item ({@code opposing}).
 *
 * @param value        the canonical value as written by the majority of its sources
 * @param confidence   the probability verification gives this value (0..1)
 * @param singleSource SUPPORTED on the word of one trusted source only
 * @param witnesses    how many independent witnesses state it (copies count once)
 * @param witnessSources the documents of each independent witness (documents that copied each other are one witness)
 */
public record Fact(String id, Predicate predicate, String subject, Value value, Verdict verdict, boolean singleSource,
        double confidence, int witnesses, List<List<String>> witnessSources, String reason, List<Evidence> supporting,
        List<Evidence> opposing) {

    /** A claim behind a fact: which document says it, in which words. */
    public record Evidence(String claimId, String sourceId, String value, String quote) {
        static Evidence of(Claim claim) {
            return new Evidence(claim.id(), claim.sourceId(), claim.value().raw(), claim.quote());
        }
    }
}
