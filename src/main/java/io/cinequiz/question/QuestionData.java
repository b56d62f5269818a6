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
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The question data that ships with the service, the same for every film: how generic predicates are asked
 * ({@code questions/predicates.yaml}), pools of wrong options by kind ({@code questions/pools.yaml}) and the people
 * table ({@code questions/people.csv}).
 *
 * @param subjects how a generic subject reads inside a sentence ("USA" as "the United States")
 */
record QuestionData(Map<Predicate, Phrasing> predicates, Map<String, String> subjects, Map<String, Pool> pools,
        List<Person> people, List<Clutter> clutter) {

    /** The shipped phrasing of every predicate. */
    static final String PREDICATES = "/questions/predicates.yaml";

    /**
     * A rule of shipped data: an item of any film whose subject matches {@code pattern} (a regular expression, case
     * ignored) is not worth asking, for {@code reason}, unless the film's own phrasing says it is.
     */
    record Clutter(Pattern pattern, String reason) {
    }

    /** Kinds whose options are the film's own characters, or the people its sources name in its cast. */
    static final String CHARACTER = "character";
    static final String CAST_MEMBER = "cast_member";
    /** Roles whose wrong options must be of the answer's (or the character's) sex. */
    static final Set<String> PERFORMERS = Set.of("actor", "singer");

    static QuestionData bundled() {
        return new QuestionData(readPredicates(), readSubjects(), readPools("/questions/pools.yaml"),
                readPeople("/questions/people.csv"), readClutter());
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
        String resource = PREDICATES;
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
        String resource = PREDICATES;
        Map<String, String> subjects = new DataReader(resource).textMap(yaml(resource).get("subjects"), "subjects", null);
        return subjects == null ? Map.of() : subjects;
    }

    /**
     * A map of kind to its pool: a list of texts, or a map of family to a list of texts; shared by the shipped pools and
     * a film's own.
     */
    static Map<String, Pool> pools(DataReader reader, JsonNode root, String entry) {
        if (root == null || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw reader.problem(entry, "must be a map of kind to a list of texts (or to a map of family to a list of texts)");
        }
        Map<String, Pool> pools = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, List<String>> families = new LinkedHashMap<>();
            if (e.getValue() != null && e.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> family = f.next();
                    families.put(family.getKey(), reader.texts(family.getValue(), e.getKey() + "." + family.getKey(), entry));
                }
            } else {
                families.put(Pool.UNNAMED, reader.texts(e.getValue(), e.getKey(), entry));
            }
            Pool pool = new Pool(Collections.unmodifiableMap(families));
            List<String> values = pool.entries();
            if (new LinkedHashSet<>(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()).size() != values.size()) {
                throw reader.problem(entry, "the pool '" + e.getKey() + "' lists a value twice");
            }
            pools.put(e.getKey(), pool);
        }
        return Map.copyOf(pools);
    }

    private static Map<String, Pool> readPools(String resource) {
        return pools(new DataReader(resource), yaml(resource), null);
    }

    private static List<Clutter> readClutter() {
        String resource = PREDICATES;
        DataReader reader = new DataReader(resource);
        JsonNode root = yaml(resource).get("clutter");
        if (root == null || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw reader.problem("clutter", "must be a list of { subjects, reason }");
        }
        List<Clutter> rules = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String entry = "clutter " + (i + 1);
            Map<String, JsonNode> f = reader.fields(root.get(i), entry, Set.of("subjects", "reason"));
            String pattern = reader.text(f, "subjects", entry);
            String reason = reader.text(f, "reason", entry);
            if (pattern == null || reason == null) {
                throw reader.problem(entry, "needs 'subjects' (a regular expression) and 'reason'");
            }
            try {
                rules.add(new Clutter(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE), reason));
            } catch (PatternSyntaxException e) {
                throw reader.problem(entry, "'subjects' is not a regular expression: " + e.getDescription());
            }
        }
        return List.copyOf(rules);
    }

    /** The shipped rule that makes an item of this subject page clutter, or null. */
    Clutter clutter(String subject) {
        if (subject == null) {
            return null;
        }
        return clutter.stream().filter(c -> c.pattern().matcher(subject).find()).findFirst().orElse(null);
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
