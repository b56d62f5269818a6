package io.cinequiz.catalog;

import java.util.List;

/** The outcome of verifying one film's seed: every fact with its verdict, and every source with its trust. */
public record FilmVerification(Film film, List<Source> sources, List<Claim> claims, List<Fact> facts,
        List<SourceStanding> standings, int iterations) {

    public List<Fact> facts(Verdict verdict) {
        return facts.stream().filter(f -> f.verdict() == verdict).toList();
    }
}
