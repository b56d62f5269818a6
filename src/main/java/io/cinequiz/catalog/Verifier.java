package io.cinequiz.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a film's claims into verified facts, in six steps: grounding ({@link Grounding}), normalisation and
 * grouping by (predicate, subject), clustering by value ({@link ValueMatcher}), independence ({@link CopyDetector}),
 * source trust, and a verdict with a reason per fact.
 *
 * <p>Trust follows Dong et al.'s Accu model: a witness with trust t votes ln(n·t/(1−t)) for its value, a value's
 * confidence is its share of the votes among the n+1 values an item could take, and a source's trust is the mean
 * confidence of the values it states, smoothed towards the prior of its kind. The two are iterated to a fixed
 * point. A source that keeps landing on the losing side of contradictions loses trust, and what only it says then
 * lacks the trust to stand alone. Everything iterates in a fixed order, so the result is deterministic.
 */
final class Verifier {

    private final VerificationSettings settings;
    private final ValueMatcher matcher;

    Verifier(VerificationSettings settings) {
        this.settings = settings;
        this.matcher = new ValueMatcher(settings.nameSimilarity());
    }

    FilmVerification verify(FilmSeed seed) {
        Map<String, Source> sources = new TreeMap<>();
        for (Source s : seed.sources()) {
            sources.put(s.id(), s);
        }
        List<String> sourceIds = List.copyOf(sources.keySet());
        Map<String, SourceText> documents = new HashMap<>();
        for (Source s : sources.values()) {
            documents.put(s.id(), new SourceText(s));
        }

        // 1. Grounding.
        List<Claim> grounded = new ArrayList<>();
        List<Fact> rejected = new ArrayList<>();
        Map<String, Integer> rejectedBySource = new HashMap<>();
        Map<String, Integer> claimsBySource = new HashMap<>();
        for (Claim claim : ordered(seed.claims())) {
            count(claimsBySource, claim.sourceId());
            Optional<String> problem = Grounding.problem(claim, documents.get(claim.sourceId()));
            if (problem.isPresent()) {
                count(rejectedBySource, claim.sourceId());
                rejected.add(new Fact(factIdOf(seed.film(), claim.predicate(), claim.subject(), claim.value()) + "-" + claim.id(),
                        claim.predicate(), claim.subject(), claim.value(), Verdict.REJECTED, false, 0, 0, List.of(),
                        "Rejected: " + problem.get() + ".", List.of(Fact.Evidence.of(claim)), List.of()));
            } else {
                grounded.add(claim);
            }
        }

        // 2-4. Group by (predicate, subject), cluster by value, find the independent witnesses of each cluster.
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            index.put(sourceIds.get(i), i);
        }
        CopyDetector copies = new CopyDetector(settings.copyMinWords(), settings.copyContextChars(), documents);
        List<Group> groups = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        for (List<Assertion> group : group(grounded)) {
            groups.add(cluster(group, copies, index));
            clusters.addAll(groups.get(groups.size() - 1).clusters);
        }

        // 5. Source trust, iterated with value confidence to a fixed point.
        double[] prior = new double[sourceIds.size()];
        for (int i = 0; i < prior.length; i++) {
            prior[i] = settings.prior(sources.get(sourceIds.get(i)).kind());
        }
        double[] trust = prior.clone();
        int iterations = 0;
        while (iterations < settings.maxIterations()) {
            iterations++;
            for (Group g : groups) {
                g.computeConfidence(trust, settings.falseValues());
            }
            double[] next = nextTrust(clusters, prior);
            double delta = 0;
            for (int i = 0; i < trust.length; i++) {
                delta = Math.max(delta, Math.abs(next[i] - trust[i]));
            }
            trust = next;
            if (delta < settings.convergence()) {
                break;
            }
        }
        for (Group g : groups) {
            g.computeConfidence(trust, settings.falseValues());
        }

        // 6. Verdicts.
        List<Fact> facts = new ArrayList<>();
        Map<String, int[]> tally = new HashMap<>(); // source -> {won, lost, disputed}
        for (Group g : groups) {
            facts.addAll(judge(seed.film(), g, trust, index, tally));
        }
        facts.addAll(rejected);

        List<SourceStanding> standings = new ArrayList<>();
        for (String id : sourceIds) {
            Source s = sources.get(id);
            int[] t = tally.getOrDefault(id, new int[3]);
            standings.add(new SourceStanding(id, s.kind(), s.title(), settings.prior(s.kind()), trust[index.get(id)],
                    claimsBySource.getOrDefault(id, 0), t[0], t[1], t[2], rejectedBySource.getOrDefault(id, 0)));
        }
        return new FilmVerification(seed.film(), List.copyOf(sources.values()), seed.claims(), List.copyOf(facts),
                List.copyOf(standings), iterations);
    }

    private static List<Claim> ordered(List<Claim> claims) {
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort((a, b) -> a.sourceId().equals(b.sourceId()) ? a.id().compareTo(b.id())
                : a.sourceId().compareTo(b.sourceId()));
        return ordered;
    }

    private static void count(Map<String, Integer> counts, String key) {
        counts.put(key, counts.getOrDefault(key, 0) + 1);
    }

    /** One claim's value, or one country of a claim's country list, placed in its group at {@code position}. */
    private record Assertion(Claim claim, Value value, int position) {
    }

    private List<List<Assertion>> group(List<Claim> claims) {
        Map<String, List<Assertion>> groups = new TreeMap<>(Comparator.naturalOrder());
        for (Claim claim : claims) {
            String key = (1000 + claim.predicate().ordinal()) + "|"
                    + (claim.subject() == null ? "" : matcher.key(claim.subject()));
            List<Assertion> list = groups.get(key);
            if (list == null) {
                list = new ArrayList<>();
                groups.put(key, list);
            }
            if (claim.value() instanceof Value.Countries countries && !claim.predicate().singleValued()) {
                for (String country : countries.countries()) {
                    list.add(new Assertion(claim, new Value.Countries(country, List.of(country)), list.size()));
                }
            } else {
                list.add(new Assertion(claim, claim.value(), list.size()));
            }
        }
        return List.copyOf(groups.values());
    }

    /**
     * Complete-link clustering: a value joins a cluster only if it matches every member, so a vague value ("1995")
     * cannot chain two precise ones that contradict each other ("3 March 1995", "15 December 1995"). The most precise
     * values are placed first; a vague value that fits several clusters joins the largest.
     */
    private Group cluster(List<Assertion> assertions, CopyDetector copies, Map<String, Integer> index) {
        List<Assertion> byPrecision = new ArrayList<>(assertions);
        byPrecision.sort(Comparator.comparingDouble(a -> width(a.value())));
        List<List<Assertion>> groups = new ArrayList<>();
        for (Assertion a : byPrecision) {
            List<Assertion> best = null;
            for (List<Assertion> members : groups) {
                if ((best == null || members.size() > best.size()) && matchesAll(members, a)) {
                    best = members;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groups.add(best);
            }
            best.add(a);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Assertion> members : groups) {
            members.sort(Comparator.comparingInt(Assertion::position));
            clusters.add(new Cluster(members, witnesses(members, copies), index));
        }
        clusters.sort(Comparator.comparingInt(c -> c.assertions.get(0).position()));
        Claim first = assertions.get(0).claim();
        return new Group(first.predicate(), first.subject(), clusters);
    }

    private boolean matchesAll(List<Assertion> members, Assertion a) {
        for (Assertion m : members) {
            if (!matcher.same(m.value(), a.value())) {
                return false;
            }
        }
        return true;
    }

    /** The independent witnesses of a cluster: its sources, with sources that copied each other merged into one. */
    private static List<List<String>> witnesses(List<Assertion> members, CopyDetector copies) {
        List<String> ids = new ArrayList<>();
        for (Assertion a : members) {
            if (!ids.contains(a.claim().sourceId())) {
                ids.add(a.claim().sourceId());
            }
        }
        Collections.sort(ids);
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int[] source = new int[members.size()];
        for (int m = 0; m < source.length; m++) {
            source[m] = ids.indexOf(members.get(m).claim().sourceId());
        }
        for (int a = 0; a < source.length; a++) {
            for (int b = 0; b < source.length; b++) {
                int i = source[a];
                int j = source[b];
                if (i < j && find(parent, i) != find(parent, j)
                        && copies.copied(members.get(a).claim(), members.get(b).claim())) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ids.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Each source's trust: the mean confidence of the values it states, smoothed towards its prior. */
    private double[] nextTrust(List<Cluster> clusters, double[] prior) {
        double[] sum = new double[prior.length];
        int[] count = new int[prior.length];
        for (int k = 0; k < clusters.size(); k++) {
            Cluster c = clusters.get(k);
            for (int i : c.sourceIndexes) {
                sum[i] += c.confidence;
                count[i]++;
            }
        }
        double[] next = new double[prior.length];
        double w = settings.priorWeight();
        for (int i = 0; i < next.length; i++) {
            next[i] = (sum[i] + w * prior[i]) / (count[i] + w);
        }
        return next;
    }

    private List<Fact> judge(Film film, Group g, double[] trust, Map<String, Integer> index, Map<String, int[]> tally) {
        List<Cluster> ranked = new ArrayList<>(g.clusters);
        ranked.sort(Comparator.comparingDouble((Cluster c) -> -c.confidence));
        boolean contested = g.predicate.singleValued() && ranked.size() > 1;
        boolean settled = contested && ranked.get(0).confidence >= settings.settleConfidence()
                && ranked.get(0).confidence > ranked.get(1).confidence;
        List<Fact> facts = new ArrayList<>();
        for (Cluster c : g.clusters) {
            List<Fact.Evidence> opposing = new ArrayList<>();
            for (Cluster o : g.clusters) {
                if (contested && o != c) {
                    opposing.addAll(evidence(o));
                }
            }
            Verdict verdict;
            boolean single = false;
            String reason;
            if (contested && !settled) {
                verdict = Verdict.DISPUTED;
                StringBuilder sides = new StringBuilder();
                for (Cluster o : ranked) {
                    sides.append(sides.length() == 0 ? "" : " against ").append(describe(o));
                }
                reason = "Sources disagree: " + sides + "; trust does not settle it (the leading value would need confidence "
                        + pct(settings.settleConfidence()) + ").";
                countOutcome(tally, c, 2);
            } else if (settled && c != ranked.get(0)) {
                verdict = Verdict.REFUTED;
                reason = "Contradicted by " + describe(ranked.get(0)) + "; this value has confidence " + pct(c.confidence) + ".";
                countOutcome(tally, c, 1);
            } else {
                if (settled) {
                    countOutcome(tally, c, 0);
                }
                String against = settled
                        ? " The contradicting value" + (ranked.size() > 2 ? "s are" : " is") + " refuted." : " Nothing contradicts it.";
                if (c.witnesses.size() >= 2) {
                    verdict = Verdict.SUPPORTED;
                    reason = "Stated by " + c.witnesses.size() + " independent sources" + copyNote(c) + "." + against;
                } else {
                    double t = c.witnessTrust(0, trust);
                    String who = String.join(" and ", c.witnesses.get(0));
                    if (t >= settings.singleSourceTrust()) {
                        verdict = Verdict.SUPPORTED;
                        single = true;
                        reason = "Stated only by " + who + copyNote(c) + ", whose trust " + num(t) + " reaches the "
                                + num(settings.singleSourceTrust()) + " a single source needs." + against;
                    } else {
                        verdict = Verdict.NOT_ENOUGH_INFO;
                        reason = "Stated only by " + who + copyNote(c) + ", whose trust " + num(t) + " is below the "
                                + num(settings.singleSourceTrust()) + " a single source needs.";
                    }
                }
            }
            Value canonical = canonical(c);
            facts.add(new Fact(factIdOf(film, g.predicate, g.subject, canonical), g.predicate, g.subject, canonical,
                    verdict, single, c.confidence, c.witnesses.size(), c.witnesses.stream().map(List::copyOf).toList(), reason,
                    evidence(c), List.copyOf(opposing)));
        }
        return facts;
    }

    /** Adds one to the {won, lost, disputed} {@code slot} of each of the cluster's sources. */
    private static void countOutcome(Map<String, int[]> tally, Cluster c, int slot) {
        for (String id : c.sourceIds()) {
            int[] counts = tally.get(id);
            if (counts == null) {
                counts = new int[3];
                tally.put(id, counts);
            }
            counts[slot]++;
        }
    }

    private static List<Fact.Evidence> evidence(Cluster c) {
        List<Fact.Evidence> evidence = new ArrayList<>();
        for (Claim claim : c.claims()) {
            evidence.add(Fact.Evidence.of(claim));
        }
        return List.copyOf(evidence);
    }

    private String describe(Cluster c) {
        return "'" + canonical(c).raw() + "' (" + c.witnesses.size() + " independent source"
                + (c.witnesses.size() == 1 ? "" : "s") + ": " + String.join(", ", c.sourceIds()) + copyNote(c)
                + "; confidence " + pct(c.confidence) + ")";
    }

    private static String copyNote(Cluster c) {
        StringBuilder copiers = new StringBuilder();
        for (List<String> w : c.witnesses) {
            if (w.size() > 1) {
                copiers.append(copiers.length() == 0 ? "" : "; ").append(String.join(" and ", w));
            }
        }
        return copiers.length() == 0 ? "" : " (" + copiers + " share a verbatim passage here and count as one witness)";
    }

    /**
     * The value as most independent witnesses write it ("the majority spelling"); ties go to the most precise
     * number or date, then to the earliest source.
     */
    private Value canonical(Cluster c) {
        Map<String, Set<String>> writers = new LinkedHashMap<>();
        Map<String, Value> example = new LinkedHashMap<>();
        for (Assertion a : c.assertions) {
            String key = matcher.key(a.value().raw());
            if (!writers.containsKey(key)) {
                writers.put(key, new LinkedHashSet<>());
                example.put(key, a.value());
            }
            writers.get(key).add(a.claim().sourceId());
        }
        Value best = null;
        int mostWriters = 0;
        for (Map.Entry<String, Value> e : example.entrySet()) {
            int n = writers.get(e.getKey()).size();
            boolean wins = n > mostWriters || n == mostWriters && Double.compare(width(e.getValue()), width(best)) < 0;
            if (best == null || wins) {
                best = e.getValue();
                mostWriters = n;
            }
        }
        return best;
    }

    private static double width(Value v) {
        if (v instanceof Value.Quantity q) {
            return q.width();
        }
        if (v instanceof Value.DateRange d) {
            return d.last().toEpochDay() - d.first().toEpochDay();
        }
        return 0;
    }

    /** Derived from the content: film, predicate, subject, the value's type and unit, and its folded words. */
    static String factId(Film film, Predicate predicate, String subject, Value value) {
        return factId(film, predicate, subject == null ? "" : Text.key(subject), value, Text.key(value.raw()));
    }

    private static String factId(Film film, Predicate predicate, String subjectKey, Value value, String valueKey) {
        String unit = value instanceof Value.Quantity q ? q.unit() : "";
        return "f-" + Text.hash(film.id() + "|" + predicate.key() + "|" + subjectKey + "|" + value.type().key() + "|"
                + unit + "|" + valueKey);
    }

    /** {@link #factId(Film, Predicate, String, Value)}, folding texts through the matcher, which remembers them. */
    private String factIdOf(Film film, Predicate predicate, String subject, Value value) {
        return factId(film, predicate, subject == null ? "" : matcher.key(subject), value, matcher.key(value.raw()));
    }

    /** Two decimals, without the cost of a Formatter (this runs at start-up). */
    private static String pct(double p) {
        long hundredths = Math.round(p * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    private static String num(double t) {
        return pct(t);
    }

    /** All claims on one (predicate, subject), clustered by value. */
    private static final class Group {
        final Predicate predicate;
        final String subject;
        final List<Cluster> clusters;

        Group(Predicate predicate, String subject, List<Cluster> clusters) {
            this.predicate = predicate;
            this.subject = subject;
            this.clusters = clusters;
        }

        /**
         * Accu: each cluster's vote count is the sum of its witnesses' ln(n·t/(1−t)); its confidence is its share
         * among the n+1 values the item could take (values nobody states count 0 votes each). Clusters of a
         * multi-valued predicate do not compete, so each is weighed alone against n unstated values.
         */
        void computeConfidence(double[] trust, int n) {
            double[] votes = new double[clusters.size()];
            for (int k = 0; k < clusters.size(); k++) {
                Cluster c = clusters.get(k);
                for (int w = 0; w < c.witnessIndexes.length; w++) {
                    double t = Math.min(0.999, Math.max(0.001, c.witnessTrust(w, trust)));
                    votes[k] += Math.log(n * t / (1 - t));
                }
            }
            if (!predicate.singleValued()) {
                for (int k = 0; k < clusters.size(); k++) {
                    clusters.get(k).confidence = 1 / (1 + n * Math.exp(-votes[k]));
                }
                return;
            }
            double max = 0;
            for (double v : votes) {
                max = Math.max(max, v);
            }
            double unstated = Math.max(0, n + 1 - clusters.size());
            double denominator = unstated * Math.exp(-max);
            for (double v : votes) {
                denominator += Math.exp(v - max);
            }
            for (int k = 0; k < clusters.size(); k++) {
                clusters.get(k).confidence = Math.exp(votes[k] - max) / denominator;
            }
        }
    }

    /** Claims on one item that state the same value. */
    private static final class Cluster {
        final List<Assertion> assertions;
        final List<List<String>> witnesses;
        final int[][] witnessIndexes;
        final int[] sourceIndexes;
        double confidence;

        Cluster(List<Assertion> assertions, List<List<String>> witnesses, Map<String, Integer> index) {
            this.assertions = assertions;
            this.witnesses = witnesses;
            this.witnessIndexes = new int[witnesses.size()][];
            List<Integer> sources = new ArrayList<>();
            for (int w = 0; w < witnesses.size(); w++) {
                witnessIndexes[w] = new int[witnesses.get(w).size()];
                for (int i = 0; i < witnessIndexes[w].length; i++) {
                    witnessIndexes[w][i] = index.get(witnesses.get(w).get(i));
                    sources.add(witnessIndexes[w][i]);
                }
            }
            this.sourceIndexes = new int[sources.size()];
            for (int i = 0; i < sourceIndexes.length; i++) {
                sourceIndexes[i] = sources.get(i);
            }
        }

        List<String> sourceIds() {
            List<String> ids = new ArrayList<>();
            for (List<String> w : witnesses) {
                ids.addAll(w);
            }
            Collections.sort(ids);
            return ids;
        }

        /** The claims behind the cluster, each once (a claim listing several countries has one assertion each). */
        List<Claim> claims() {
            List<Claim> claims = new ArrayList<>();
            for (Assertion a : assertions) {
                boolean seen = false;
                for (Claim c : claims) {
                    seen |= c == a.claim();
                }
                if (!seen) {
                    claims.add(a.claim());
                }
            }
            return List.copyOf(claims);
        }

        /** A witness made of copies is as trustworthy as the most trusted of them. */
        double witnessTrust(int w, double[] trust) {
            double max = 0;
            for (int i : witnessIndexes[w]) {
                max = Math.max(max, trust[i]);
            }
            return max;
        }
    }
}
