package io.cinequiz.question;

import com.fasterxml.jackson.databind.JsonNode;
import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.ValueMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one film's seed folder says about asking its facts ({@code seeds/<film>/questions.yaml}, optional): the sex of
 * its characters and of its own people the shipped table lacks, people never to offer as wrong options, its own pools
 * of wrong options, and one phrasing per item (predicate and subject), which overrides the generic one field by field.
 */
record FilmQuestionData(Map<String, Sex> characters, Map<String, Sex> people, List<String> notOptions,
        Map<String, Pool> pools, Map<String, Phrasing> items) {

    static final String FILE = "questions.yaml";
    static final FilmQuestionData EMPTY = new FilmQuestionData(Map.of(), Map.of(), List.of(), Map.of(), Map.of());
    private static final Set<String> TOP = Set.of("characters", "people", "notOptions", "pools", "items");
    private static final Set<String> ITEM_FIELDS;

    static {
        Set<String> fields = new HashSet<>(DataReader.PHRASING_FIELDS);
        fields.add("predicate");
        fields.add("subject");
        ITEM_FIELDS = Set.copyOf(fields);
    }

    /** The item's phrasing in this film, or null; {@code subject} null for the predicate as a whole. */
    Phrasing item(Predicate predicate, String subject) {
        Phrasing exact = items.get(key(predicate, subject));
        return subject == null || exact != null ? exact : items.get(key(predicate, null));
    }

    static String key(Predicate predicate, String subject) {
        return predicate.key() + "|" + (subject == null ? "" : ValueMatcher.normalized(subject));
    }

    /** The film's data from its folder, checked against the shipped data; EMPTY when the folder has no such file. */
    static FilmQuestionData load(Path folder, QuestionData shipped) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        DataReader reader = new DataReader(file.toString());
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> top = reader.fields(root, null, TOP);
        Map<String, Pool> pools = QuestionData.pools(reader, top.get("pools"), "pools");
        List<String> notOptions = reader.texts(top.get("notOptions"), "notOptions", null);
        Map<String, Phrasing> items = new LinkedHashMap<>();
        JsonNode list = top.get("items");
        if (list != null && !list.isArray()) {
            throw reader.problem("items", "must be a list");
        }
        for (int i = 0; list != null && i < list.size(); i++) {
            String number = "item " + (i + 1);
            Map<String, JsonNode> f = reader.fields(list.get(i), number, ITEM_FIELDS);
            String predicateKey = reader.text(f, "predicate", number);
            if (predicateKey == null) {
                throw reader.problem(number, "the field 'predicate' is missing");
            }
            Predicate predicate = Predicate.fromKey(predicateKey)
                    .orElseThrow(() -> reader.problem(number, "unknown predicate '" + predicateKey + "'"));
            String subject = reader.text(f, "subject", number);
            String entry = number + " (" + predicateKey + (subject == null ? "" : ", " + subject) + ")";
            Phrasing phrasing = reader.phrasing(f, entry);
            Phrasing merged = shipped.predicates().getOrDefault(predicate, Phrasing.NONE).with(phrasing);
            if (merged.isWorthy() && merged.missing() != null) {
                throw reader.problem(entry, "an item worth asking needs " + merged.missing()
                        + " (here or in the generic phrasing of '" + predicateKey + "')");
            }
            if (merged.kind() != null && !knownKind(merged.kind(), shipped, pools)) {
                throw reader.problem(entry, "unknown kind '" + merged.kind() + "': use a role of the people table "
                        + shipped.roles() + ", character, cast_member, a number or date type, or a pool (shipped: "
                        + shipped.pools().keySet() + ", this film's: " + pools.keySet() + ")");
            }
            if (merged.family() != null && !hasFamily(merged.kind(), merged.family(), shipped, pools)) {
                throw reader.problem(entry, "the pool of kind '" + merged.kind() + "' has no family '" + merged.family()
                        + "'");
            }
            if (items.put(key(predicate, subject), phrasing) != null) {
                throw reader.problem(entry, "the item is phrased twice");
            }
        }
        return new FilmQuestionData(sexes(reader, top.get("characters"), "characters"),
                sexes(reader, top.get("people"), "people"), notOptions == null ? List.of() : notOptions, pools,
                Map.copyOf(items));
    }

    static boolean knownKind(String kind, QuestionData shipped, Map<String, Pool> filmPools) {
        return shipped.roles().contains(kind) || QuestionData.CHARACTER.equals(kind)
                || QuestionData.CAST_MEMBER.equals(kind) || QuestionData.numeric(kind)
                || shipped.pools().containsKey(kind) || filmPools.containsKey(kind);
    }

    private static boolean hasFamily(String kind, String family, QuestionData shipped, Map<String, Pool> filmPools) {
        return shipped.pools().getOrDefault(kind, Pool.EMPTY).plus(filmPools.getOrDefault(kind, Pool.EMPTY))
                .families().containsKey(family);
    }

    private static Map<String, Sex> sexes(DataReader reader, JsonNode node, String name) {
        Map<String, String> texts = reader.textMap(node, name, name);
        Map<String, Sex> sexes = new HashMap<>();
        if (texts != null) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                try {
                    sexes.put(e.getKey(), Sex.of(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw reader.problem(name + "." + e.getKey(), ex.getMessage());
                }
            }
        }
        return Map.copyOf(sexes);
    }

    /** The sex of a character or person this film names, by any spelling the matcher takes for the same name. */
    static Sex sexOf(Map<String, Sex> sexes, String name) {
        String wanted = ValueMatcher.normalized(name);
        for (Iterator<Map.Entry<String, Sex>> it = sexes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Sex> e = it.next();
            if (ValueMatcher.normalized(e.getKey()).equals(wanted)) {
                return e.getValue();
            }
        }
        return null;
    }
}
