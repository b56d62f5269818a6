package io.cinequiz.catalog;

/**
 * How a source fared in verification.
 *
 * @param prior    the trust its kind starts with
 * @param trust    the trust it earned (0..1)
 * @param claims   claims it makes
 * @param won      contradictions settled in its favour
 * @param lost     contradictions settled against it
 * @param disputed contradictions it is part of that trust does not settle
 * @param rejected its claims that are not grounded in it
 */
public record SourceStanding(String sourceId, SourceKind kind, String title, double prior, double trust, int claims,
        int won, int lost, int disputed, int rejected) {
}
