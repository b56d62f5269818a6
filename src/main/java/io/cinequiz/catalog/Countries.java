package io.cinequiz.catalog;

import java.util.List;
import java.util.Map;

/** Country names and the words sources use for them ("French-Spanish-German co-production"). */
final class Countries {

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("France", List.of("france", "french")),
            Map.entry("Spain", List.of("spain", "spanish")),
            Map.entry("Germany", List.of("germany", "german")),
            Map.entry("Italy", List.of("italy", "italian")),
            Map.entry("Belgium", List.of("belgium", "belgian")),
            Map.entry("Switzerland", List.of("switzerland", "swiss")),
            Map.entry("United Kingdom", List.of("united kingdom", "uk", "u.k.", "britain", "british")),
            Map.entry("United States", List.of("united states", "usa", "u.s.a.", "u.s.", "america", "american")),
            Map.entry("Canada", List.of("canada", "canadian")),
            Map.entry("Japan", List.of("japan", "japanese")),
            Map.entry("Mexico", List.of("mexico", "mexican")),
            Map.entry("Poland", List.of("poland", "polish")),
            Map.entry("Denmark", List.of("denmark", "danish")),
            Map.entry("Sweden", List.of("sweden", "swedish")),
            Map.entry("Netherlands", List.of("netherlands", "dutch", "holland")),
            Map.entry("Australia", List.of("australia", "australian")),
            Map.entry("Russia", List.of("russia", "russian")),
            Map.entry("China", List.of("china", "chinese")),
            Map.entry("India", List.of("india", "indian")));

    private Countries() {
    }

    /** "USA", "american" and "United States" all become "United States"; unknown names are kept as written. */
    static String canonical(String name) {
        String folded = Text.fold(name);
        for (Map.Entry<String, List<String>> entry : WORDS.entrySet()) {
            if (entry.getValue().contains(folded)) {
                return entry.getKey();
            }
        }
        return name;
    }

    /** The words that name this country in a text: its name and, where known, its adjective. */
    static List<String> wordsFor(String country) {
        return WORDS.getOrDefault(country, List.of(Text.fold(country)));
    }
}
