package io.cinequiz.catalog;

import java.util.Map;

/**
 * The knobs of verification (bound from {@code quiz.verification.*} by {@link VerificationConfig}).
 *
 * @param nameSimilarity    Jaro-Winkler similarity from which two names or short texts are one value (typos)
 * @param copyMinWords      a shared verbatim run of this many words around two claims makes them one witness
 * @param copyContextChars  how many characters either side of a quote are compared for copying
 * @param falseValues       how many wrong values a source could pick from (Accu's n), for turning votes into confidence
 * @param priorWeight       how many claims' worth of weight the prior per source kind carries (smoothing)
 * @param singleSourceTrust trust a lone source needs for its uncontradicted claim to be SUPPORTED
 * @param settleConfidence  confidence the leading value of a contradiction needs to settle it (others REFUTED)
 * @param maxIterations     upper bound on trust iterations
 * @param convergence       trust iteration stops once no source's trust moves by more than this
 * @param priors            prior trust per source kind
 */
public record VerificationSettings(double nameSimilarity, int copyMinWords, int copyContextChars, int falseValues,
        double priorWeight, double singleSourceTrust, double settleConfidence, int maxIterations, double convergence,
        Map<SourceKind, Double> priors) {

    public static VerificationSettings defaults() {
        return new VerificationSettings(0.92, 12, 300, 10, 3.0, 0.75, 0.85, 200, 1e-6, Map.of(
                SourceKind.DATABASE, 0.7, SourceKind.REVIEW, 0.65, SourceKind.LIST, 0.65, SourceKind.NEWS, 0.65,
                SourceKind.INTERVIEW, 0.65, SourceKind.BLOG, 0.6, SourceKind.SUMMARY, 0.6, SourceKind.OTHER, 0.6));
    }

    double prior(SourceKind kind) {
        return priors.getOrDefault(kind, 0.6);
    }
}
