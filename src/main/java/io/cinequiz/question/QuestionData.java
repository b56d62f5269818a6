package io.cinequiz.question;

import com.fasterxml.jackson.databind.JsonNode;
import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The question data that ships with the service, the same for every film: how generic predicates are asked
 * ({@code questions/predicates.yaml}), pools of wrong options by kind ({@code questions/pools.yaml}) and the people
 * table ({@code questions/people.csv}).
 *
 * @param subjects how a generic subject reads inside a sentence ("USA" as "the United States")
 */
record QuestionData(Map<Predicate, Phrasing> predicates, Map<String, String> subjects, Map<String, List<String>> pools,
        List<Person> people) {

    /** Kinds whose options are the film's own characters, or the people its sources name in its cast. */
    static final String CHARACTER = "character";
    static final String CAST_MEMBER = "cast_member";
    /** Roles whose wrong options must be of the answer's (or the character's) sex. */
    static final Set<String> PERFORMERS = Set.of("actor", "singer");

    static QuestionData bundled() {
        return new QuestionData(readPredicates(), readSubjects(), readPools("/questions/pools.yaml"),
                readPeople("/questions/people.csv"));
    }

    Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        people.forEach(p -> roles.addAll(p.roles()));
        return roles;
    }

    /** Whether answers of this kind are numbers or dates, written like the value type of that name. */
    static boolean numeric(String kind) {
        return Arrays.stream(ValueType.values()).anyMatch(t -> t.key().equals(kind) && t != ValueType.PERSON
                && t != ValueType.CHARACTER && t != ValueType.TEXT && t != ValueType.COUNTRIES);
    }

    private static JsonNode yaml(String resource) {
        try (InputStream in = open(resource)) {
            return new DataReader(resource).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Predicate, Phrasing> readPredicates() {
        String resource = "/questions/predicates.yaml";
        DataReader reader = new DataReader(resource);
        JsonNode root = yaml(resource).get("predicates");
        if (root == null || !root.isObject()) {
            throw reader.problem(null, "must hold a map under 'predicates'");
        }
        Map<Predicate, Phrasing> byPredicate = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Predicate predicate = Predicate.fromKey(e.getKey())
                    .orElseThrow(() -> reader.problem(e.getKey(), "unknown predicate"));
            byPredicate.put(predicate, reader.phrasing(reader.fields(e.getValue(), e.getKey(),
                    DataReader.PHRASING_FIELDS), e.getKey()));
        }
        return Map.copyOf(byPredicate);
    }

    private static Map<String, String> readSubjects() {
        String resource = "/questions/predicates.yaml";
        Map<String, String> subjects = new DataReader(resource).textMap(yaml(resource).get("subjects"), "subjects", null);
        return subjects == null ? Map.of() : subjects;
    }

    /** A map of kind to a list of texts; shared by the shipped pools and a film's own. */
    static Map<String, List<String>> pools(DataReader reader, JsonNode root, String entry) {
        if (root == null || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw reader.problem(entry, "must be a map of kind to a list of texts");
        }
        Map<String, List<String>> pools = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = reader.texts(e.getValue(), e.getKey(), entry);
            if (new LinkedHashSet<>(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()).size() != values.size()) {
                throw reader.problem(entry, "the pool '" + e.getKey() + "' lists a value twice");
            }
            pools.put(e.getKey(), values);
        }
        return Map.copyOf(pools);
    }

    private static Map<String, List<String>> readPools(String resource) {
        return pools(new DataReader(resource), yaml(resource), null);
    }

    private static List<Person> readPeople(String resource) {
        List<Person> people = new ArrayList<>();
        DataReader reader = new DataReader(resource);
        try (InputStream in = open(resource);
                InputStreamReader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
            Set<String> names = new LinkedHashSet<>();
            for (CSVRecord r : format.parse(text)) {
                String entry = "line " + r.getRecordNumber();
                try {
                    Person p = new Person(r.get("name"), Set.copyOf(split(r.get("roles"))), Sex.of(r.get("sex")),
                            Integer.parseInt(r.get("born")), year(r.get("died")), Set.copyOf(split(r.get("nationality"))),
                            Integer.parseInt(r.get("active_from")), year(r.get("active_to")));
                    if (!names.add(p.name())) {
                        throw reader.problem(entry, p.name() + " is listed twice");
                    }
                    people.add(p);
                } catch (IllegalArgumentException e) {
                    throw reader.problem(entry, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(people);
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer year(String cell) {
        return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.trim());
    }

    private static InputStream open(String resource) {
        InputStream in = QuestionData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        return in;
    }
}
