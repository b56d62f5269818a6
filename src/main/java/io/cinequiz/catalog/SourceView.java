package io.cinequiz.catalog;

/** A source document with the trust it earned in verification. */
public record SourceView(String id, String kind, String title, double prior, double trust, int trustRank, int claims,
        int contestsWon, int contestsLost, int contestsDisputed, int claimsRejected) {

    static SourceView of(SourceStanding s, int rank) {
        return new SourceView(s.sourceId(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.title(), s.prior(),
                Math.round(s.trust() * 1000) / 1000.0, rank, s.claims(), s.won(), s.lost(), s.disputed(), s.rejected());
    }
}
