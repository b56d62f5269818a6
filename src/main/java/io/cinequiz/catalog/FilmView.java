package io.cinequiz.catalog;

import java.util.List;
import java.util.Map;

/** A film with the size of its catalogue and how many facts received each verdict. */
public record FilmView(String id, String title, String originalTitle, int year, List<String> aliases, int sources,
        int claims, Map<Verdict, Long> facts) {

    static FilmView of(FilmVerification v) {
        Film f = v.film();
        return new FilmView(f.id(), f.title(), f.originalTitle(), f.year(), f.aliases(), v.sources().size(),
                v.claims().size(), VerificationReport.countByVerdict(v.facts()));
    }
}
