package io.cinequiz.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A film's verification at a glance: counts per verdict, the open disputes with both sides, the rejected claims. */
public record VerificationReport(String filmId, int claims, int facts, Map<Verdict, Long> verdicts, int iterations,
        List<SourceView> sourcesByTrust, List<Dispute> disputes, List<Rejection> rejected) {

    /** A contradiction trust does not settle: each side's value, confidence and claims. */
    public record Dispute(String predicate, String subject, List<FactView> sides) {
    }

    /** A claim that is not grounded in its document, and why. */
    public record Rejection(String claimId, String sourceId, String predicate, String subject, String value,
            String quote, String reason) {
    }

    static Map<Verdict, Long> countByVerdict(List<Fact> facts) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, facts.stream().filter(f -> f.verdict() == v).count());
        }
        return counts;
    }

    static List<SourceView> rankByTrust(FilmVerification v) {
        List<SourceStanding> ranked = new ArrayList<>(v.standings());
        ranked.sort(Comparator.comparingDouble(SourceStanding::trust).reversed().thenComparing(SourceStanding::sourceId));
        List<SourceView> views = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            views.add(SourceView.of(ranked.get(i), i + 1));
        }
        return views;
    }

    static VerificationReport of(FilmVerification v) {
        Map<String, List<FactView>> disputes = new LinkedHashMap<>();
        for (Fact f : v.facts(Verdict.DISPUTED)) {
            disputes.computeIfAbsent(f.predicate().key() + "|" + (f.subject() == null ? "" : f.subject()),
                    k -> new ArrayList<>()).add(FactView.of(f, v.sources()));
        }
        List<Dispute> disputeList = disputes.values().stream()
                .map(sides -> new Dispute(sides.get(0).predicate(), sides.get(0).subject(), sides)).toList();
        List<Rejection> rejected = v.facts(Verdict.REJECTED).stream().map(f -> {
            Fact.Evidence e = f.supporting().get(0);
            return new Rejection(e.claimId(), e.sourceId(), f.predicate().key(), f.subject(), e.value(), e.quote(),
                    f.reason());
        }).toList();
        return new VerificationReport(v.film().id(), v.claims().size(), v.facts().size(), countByVerdict(v.facts()),
                v.iterations(), rankByTrust(v), disputeList, rejected);
    }
}
