package io.cinequiz.question;

import io.cinequiz.catalog.ValueMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wrong options of one kind, in families of entries that are close to one another (fairground acts, harbour
 * trades, ...). A pool written as a plain list is one unnamed family. A question whose answer belongs to a named
 * family draws its wrong options from that family alone: they are close to the answer, and never a joke from another
 * world (a pastry chef against a carnival strongman).
 *
 * @param families entries by family name; {@link #UNNAMED} for a plain list
 */
record Pool(Map<String, List<String>> families) {

    static final String UNNAMED = "";
    static final Pool EMPTY = new Pool(Map.of());

    static Pool of(List<String> entries) {
        return new Pool(Map.of(UNNAMED, List.copyOf(entries)));
    }

    List<String> entries() {
        List<String> all = new ArrayList<>();
        families.values().forEach(all::addAll);
        return all;
    }

    /** Whether the pool is split into named families. */
    boolean hasFamilies() {
        return families.keySet().stream().anyMatch(f -> !f.equals(UNNAMED));
    }

    /** The family an entry belongs to, or null when it is no entry of this pool. */
    String familyOf(String text) {
        String key = ValueMatcher.normalized(text);
        for (Map.Entry<String, List<String>> e : families.entrySet()) {
            if (e.getValue().stream().anyMatch(v -> ValueMatcher.normalized(v).equals(key))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** This pool and another of the same kind, family by family (the shipped pool, then a film's own). */
    Pool plus(Pool other) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        families.forEach((f, v) -> merged.put(f, new ArrayList<>(v)));
        other.families.forEach((f, v) -> merged.computeIfAbsent(f, k -> new ArrayList<>()).addAll(v));
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        merged.forEach((f, v) -> frozen.put(f, List.copyOf(v)));
        return new Pool(Collections.unmodifiableMap(frozen));
    }
}
