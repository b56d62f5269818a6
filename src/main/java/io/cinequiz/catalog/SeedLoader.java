package io.cinequiz.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the seed folders: {@code <dir>/<film-id>/film.yaml, sources.yaml, claims.yaml, sources/*.txt}.
 * Any problem stops with a {@link SeedException} naming the file, the entry and what is wrong; whether a claim's
 * quote is really in its document is not checked here but by {@link Verifier} (such a claim is REJECTED).
 */
final class SeedLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FILM_FIELDS = Set.of("title", "originalTitle", "year", "aliases");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "kind", "title");
    private static final Set<String> CLAIM_FIELDS = Set.of("source", "predicate", "subject", "value", "quote");

    private SeedLoader() {
    }

    /** Every film under {@code dir}, in folder-name order. */
    static List<FilmSeed> loadAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SeedException(dir.toString(), null, "the seeds folder does not exist");
        }
        try (Stream<Path> folders = Files.list(dir)) {
            List<Path> films = folders.filter(Files::isDirectory).sorted().toList();
            List<FilmSeed> seeds = new ArrayList<>();
            for (Path folder : films) {
                seeds.add(loadFilm(folder));
            }
            return seeds;
        } catch (IOException e) {
            throw new SeedException(dir.toString(), null, "cannot list the seeds folder: " + e.getMessage());
        }
    }

    static FilmSeed loadFilm(Path folder) {
        String filmId = folder.getFileName().toString();
        if (!filmId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new SeedException(folder.toString(), null,
                    "a film folder name must be lower-case words joined by hyphens, such as city-of-lost-children");
        }
        Film film = readFilm(folder.resolve("film.yaml"), filmId);
        List<Source> sources = readSources(folder.resolve("sources.yaml"), folder.resolve("sources"));
        List<Claim> claims = readClaims(folder.resolve("claims.yaml"),
                sources.stream().map(Source::id).collect(Collectors.toSet()));
        return new FilmSeed(film, sources, claims);
    }

    private static Film readFilm(Path file, String filmId) {
        JsonNode root = readYaml(file);
        Entry e = new Entry(file, null, root);
        e.requireObject(FILM_FIELDS);
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNode = root.get("aliases");
        if (aliasNode != null && !aliasNode.isNull()) {
            if (!aliasNode.isArray()) {
                throw e.problem("aliases must be a list of titles");
            }
            aliasNode.forEach(a -> aliases.add(a.asText()));
        }
        JsonNode year = root.get("year");
        if (year == null || !year.canConvertToInt() || year.asInt() < 1870 || year.asInt() > 2100) {
            throw e.problem("year must be a four-digit year");
        }
        return new Film(filmId, e.text("title", true), e.text("originalTitle", false), year.asInt(), List.copyOf(aliases));
    }

    private static List<Source> readSources(Path file, Path documents) {
        JsonNode root = readYaml(file);
        if (!root.isArray()) {
            throw new SeedException(file.toString(), null, "must be a list of documents (id, kind, title)");
        }
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            Entry e = new Entry(file, "entry " + (i + 1), root.get(i));
            e.requireObject(SOURCE_FIELDS);
            String id = e.text("id", true);
            e.name = "entry " + (i + 1) + " (" + id + ")";
            Integer earlier = seen.putIfAbsent(id, i + 1);
            if (earlier != null) {
                throw e.problem("the id is already used by entry " + earlier);
            }
            Path document = documents.resolve(id).normalize();
            if (!document.startsWith(documents) || !Files.isRegularFile(document)) {
                throw e.problem("no document " + documents.resolve(id) + " exists");
            }
            SourceKind kind;
            try {
                kind = SourceKind.valueOf(e.text("kind", true).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw e.problem("kind must be one of " + lowerNames(SourceKind.values()));
            }
            String text;
            try {
                text = Files.readString(document, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw e.problem("cannot read " + document + ": " + ex.getMessage());
            }
            sources.add(new Source(id, kind, e.text("title", true), text));
        }
        try (Stream<Path> files = Files.list(documents)) {
            for (Path document : files.sorted().toList()) {
                if (!seen.containsKey(document.getFileName().toString())) {
                    throw new SeedException(file.toString(), null, "the document " + document + " is not listed");
                }
            }
        } catch (IOException ex) {
            throw new SeedException(documents.toString(), null, "cannot list the documents: " + ex.getMessage());
        }
        return List.copyOf(sources);
    }

    private static List<Claim> readClaims(Path file, Set<String> sourceIds) {
        JsonNode root = readYaml(file);
        JsonNode list = root.get("claims");
        if (!root.isObject() || list == null || !list.isArray()) {
            throw new SeedException(file.toString(), null, "must hold a list under the key 'claims'");
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Entry e = new Entry(file, "claim " + (i + 1), list.get(i));
            e.requireObject(CLAIM_FIELDS);
            String source = e.text("source", true);
            String predicateKey = e.text("predicate", true);
            e.name = "claim " + (i + 1) + " (" + source + ", " + predicateKey + ")";
            if (!sourceIds.contains(source)) {
                throw e.problem("source '" + source + "' is not listed in sources.yaml");
            }
            Predicate predicate = Predicate.fromKey(predicateKey).orElseThrow(() -> e.problem(
                    "unknown predicate '" + predicateKey + "'; the vocabulary is " + lowerNames(Predicate.values())));
            String subject = e.text("subject", false);
            if (predicate.needsSubject() && subject == null) {
                throw e.problem("predicate '" + predicateKey + "' needs a subject");
            }
            if (!predicate.needsSubject() && subject != null) {
                throw e.problem("predicate '" + predicateKey + "' takes no subject");
            }
            Value value = readValue(e, predicate);
            String quote = e.text("quote", true);
            Claim claim = new Claim(claimId(source, predicate, subject, value, quote), source, predicate, subject,
                    value, quote);
            Integer previous = seen.put(claim.id(), i + 1);
            if (previous != null) {
                throw e.problem("repeats claim " + previous + " word for word");
            }
            claims.add(claim);
        }
        return List.copyOf(claims);
    }

    private static Value readValue(Entry e, Predicate predicate) {
        JsonNode node = e.node.get("value");
        if (node == null || !node.isObject() || node.size() != 1) {
            throw e.problem("value must be a map with exactly one type key, such as { person: Ron Perlman }");
        }
        String typeKey = node.fieldNames().next();
        ValueType type;
        try {
            type = ValueType.valueOf(typeKey.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw e.problem("unknown value type '" + typeKey + "'; the types are " + lowerNames(ValueType.values()));
        }
        if (predicate.valueType().isPresent() && predicate.valueType().get() != type) {
            throw e.problem("predicate '" + predicate.key() + "' takes a " + predicate.valueType().get().key()
                    + " value, not " + typeKey);
        }
        JsonNode written = node.get(typeKey);
        if (written == null || written.isNull() || written.isContainerNode() && written.isEmpty()) {
            throw e.problem("the " + typeKey + " value is empty");
        }
        Object raw = written.isArray() ? items(written) : written.asText();
        try {
            return ValueParser.parse(type, raw);
        } catch (IllegalArgumentException ex) {
            throw e.problem(ex.getMessage());
        }
    }

    /** A list's items as Java values: texts and numbers as their text (without a Jackson conversion per list). */
    private static List<Object> items(JsonNode list) {
        List<Object> items = new ArrayList<>();
        for (JsonNode item : list) {
            items.add(item.isValueNode() ? item.asText() : YAML.convertValue(item, Object.class));
        }
        return items;
    }

    static String claimId(String source, Predicate predicate, String subject, Value value, String quote) {
        String content = String.join("\u001F", source, predicate.key(), String.valueOf(subject), value.type().key(),
                value.raw(), quote);
        return "c-" + Text.hash(content);
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SeedException(file.toString(), null, "the file is missing");
        }
        try {
            JsonNode node = YAML.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new SeedException(file.toString(), null, "the file is empty");
            }
            return node;
        } catch (JsonProcessingException ex) {
            String where = ex.getLocation() == null ? null : "line " + ex.getLocation().getLineNr();
            throw new SeedException(file.toString(), where, "not valid YAML: " + ex.getOriginalMessage());
        } catch (IOException ex) {
            throw new SeedException(file.toString(), null, "cannot read: " + ex.getMessage());
        }
    }

    private static String lowerNames(Enum<?>[] values) {
        return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** One YAML entry being read, so every problem names its file and entry. */
    private static final class Entry {
        private final Path file;
        private final JsonNode node;
        private String name;

        Entry(Path file, String name, JsonNode node) {
            this.file = file;
            this.name = name;
            this.node = node;
        }

        void requireObject(Set<String> allowed) {
            if (node == null || !node.isObject()) {
                throw problem("must be a map of fields " + allowed.stream().sorted().toList());
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                fields.put(f.getKey(), f.getValue());
            }
            for (String key : fields.keySet()) {
                if (!allowed.contains(key)) {
                    throw problem("unknown field '" + key + "' (allowed: " + allowed.stream().sorted().toList() + ")");
                }
            }
        }

        String text(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                if (required) {
                    throw problem("the field '" + field + "' is missing");
                }
                return null;
            }
            if (!value.isValueNode()) {
                throw problem("the field '" + field + "' must be a single text");
            }
            return value.asText().trim();
        }

        SeedException problem(String problem) {
            return new SeedException(file.toString(), name, problem);
        }
    }
}
