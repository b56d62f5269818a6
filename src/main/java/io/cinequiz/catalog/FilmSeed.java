package io.cinequiz.catalog;

import java.util.List;

/** Everything one seed folder holds: the film, its source documents and the claims they make. */
public record FilmSeed(Film film, List<Source> sources, List<Claim> claims) {
}
