package io.cinequiz.question;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cinequiz.catalog.SeedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the YAML of question data (shipped and per film) strictly: an unknown field, a wrong shape or a missing value
 * stops with a {@link SeedException} that names the file, the entry and the problem.
 */
final class DataReader {

    static final Set<String> PHRASING_FIELDS = Set.of("kind", "question", "questions", "statement", "negation",
            "worthy", "reason", "display", "exclude", "group", "wordings", "coveredBy", "trueFalse", "family", "learned",
            "context");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String file;

    DataReader(String file) {
        this.file = file;
    }

    JsonNode read(InputStream in) {
        try {
            JsonNode node = YAML.readTree(in);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw problem(null, "the file is empty");
            }
            return node;
        } catch (IOException e) {
            throw problem(null, "not valid YAML: " + e.getMessage());
        }
    }

    SeedException problem(String entry, String problem) {
        return new SeedException(file, entry, problem);
    }

    /** The node's fields, after checking it is a map whose fields are all allowed. */
    Map<String, JsonNode> fields(JsonNode node, String entry, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw problem(entry, "must be a map of fields " + allowed.stream().sorted().toList());
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!allowed.contains(f.getKey())) {
                throw problem(entry, "unknown field '" + f.getKey() + "' (allowed: " + allowed.stream().sorted().toList() + ")");
            }
            fields.put(f.getKey(), f.getValue());
        }
        return fields;
    }

    String text(Map<String, JsonNode> fields, String name, String entry) {
        JsonNode v = fields.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw problem(entry, "'" + name + "' must be a non-empty text");
        }
        return v.asText().trim();
    }

    Boolean bool(Map<String, JsonNode> fields, String name, String entry) {
        JsonNode v = fields.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw problem(entry, "'" + name + "' must be true or false");
        }
        return v.asBoolean();
    }

    List<String> texts(JsonNode v, String name, String entry) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray() || v.isEmpty()) {
            throw problem(entry, "'" + name + "' must be a non-empty list of texts");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw problem(entry, "'" + name + "' must hold texts only");
            }
            list.add(item.asText().trim());
        }
        return List.copyOf(list);
    }

    Map<String, String> textMap(JsonNode v, String name, String entry) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw problem(entry, "'" + name + "' must be a map of texts");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isValueNode() || f.getValue().asText().isBlank()) {
                throw problem(entry, "'" + name + "." + f.getKey() + "' must be a non-empty text");
            }
            map.put(f.getKey().trim(), f.getValue().asText().trim());
        }
        return Map.copyOf(map);
    }

    /** A phrasing from its fields (the caller has checked which fields are allowed). */
    Phrasing phrasing(Map<String, JsonNode> f, String entry) {
        if (f.containsKey("question") && f.containsKey("questions")) {
            throw problem(entry, "give either 'question' or 'questions', not both");
        }
        JsonNode many = f.get("questions");
        List<String> questions = f.containsKey("question") ? List.of(text(f, "question", entry))
                : many != null && many.isArray() && many.isEmpty() ? List.of() // true or false only
                : texts(many, "questions", entry);
        Phrasing p = new Phrasing(text(f, "kind", entry), questions, text(f, "statement", entry),
                text(f, "negation", entry), bool(f, "worthy", entry), text(f, "reason", entry),
                textMap(f.get("display"), "display", entry), texts(f.get("exclude"), "exclude", entry),
                text(f, "group", entry), bool(f, "wordings", entry), texts(f.get("coveredBy"), "coveredBy", entry),
                bool(f, "trueFalse", entry), text(f, "family", entry), text(f, "learned", entry),
                text(f, "context", entry));
        if (p.learned() != null && !DifficultySignals.LEARNED.containsKey(p.learned())) {
            throw problem(entry, "'learned' must be one of " + DifficultySignals.LEARNED.keySet().stream().sorted().toList()
                    + ", not '" + p.learned() + "'");
        }
        if (Boolean.FALSE.equals(p.worthy()) && p.reason() == null) {
            throw problem(entry, "an item that is not worth asking needs a 'reason'");
        }
        for (String stem : p.stems()) {
            if (stem.contains("{answer}")) {
                throw problem(entry, "a question must not contain {answer}: " + stem);
            }
            if (!stem.contains("{film}")) {
                throw problem(entry, "a question must name the film with {film}: " + stem);
            }
        }
        for (String sentence : new String[] { p.statement(), p.negation() }) {
            if (sentence != null && !sentence.contains("{film}")) {
                throw problem(entry, "a statement and its negation must name the film with {film}: " + sentence);
            }
        }
        if (p.context() != null && !QualityGate.isSentence(p.context().replace("{film}", "The film"))) {
            throw problem(entry, "the context must be a complete sentence: " + p.context());
        }
        if (p.statement() != null && !p.statement().contains("{answer}")) {
            throw problem(entry, "the statement must contain {answer}");
        }
        if (p.negation() != null && !p.negation().contains("{answer}")) {
            throw problem(entry, "the negation must contain {answer}");
        }
        return p;
    }
}
