package io.cinequiz.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fact as the API shows it: the canonical value (as most of its sources write it) with its normalised form, the
 * verdict and its reason, and the claims for and against it with their documents and verbatim quotes.
 */
public record FactView(String id, String predicate, String subject, String category, String valueType, String value,
        String normalized, Verdict verdict, boolean singleSource, double confidence, int witnesses, String reason,
        List<EvidenceView> supporting, List<EvidenceView> opposing) {

    /** One claim: the document that makes it, its title, the value in its own words, and the quote. */
    public record EvidenceView(String claimId, String sourceId, String sourceTitle, String value, String quote) {
    }

    static FactView of(Fact f, List<Source> sources) {
        Map<String, String> titles = sources.stream().collect(Collectors.toMap(Source::id, Source::title));
        Function<Fact.Evidence, EvidenceView> view = e -> new EvidenceView(e.claimId(), e.sourceId(),
                titles.get(e.sourceId()), e.value(), e.quote());
        return new FactView(f.id(), f.predicate().key(), f.subject(), f.predicate().category().key(),
                f.value().type().key(), f.value().raw(), normalized(f.value()), f.verdict(), f.singleSource(),
                Math.round(f.confidence() * 1000) / 1000.0, f.witnesses(), f.reason(),
                f.supporting().stream().map(view).toList(), f.opposing().stream().map(view).toList());
    }

    /** The value as it is compared: a folded name, a number range with its unit, or a date range. */
    static String normalized(Value v) {
        if (v instanceof Value.Quantity q) {
            String unit = q.unit().isEmpty() ? "" : " " + q.unit();
            return q.low() == q.high() ? number(q.low()) + unit : number(q.low()) + " to " + number(q.high()) + unit;
        }
        if (v instanceof Value.DateRange d) {
            return d.first().equals(d.last()) ? d.first().toString() : d.first() + " to " + d.last();
        }
        if (v instanceof Value.Countries c) {
            return String.join(", ", c.countries());
        }
        return Text.key(v.raw());
    }

    private static String number(double n) {
        return n == Math.rint(n) ? String.format(Locale.ROOT, "%.0f", n) : String.format(Locale.ROOT, "%s", n);
    }
}
