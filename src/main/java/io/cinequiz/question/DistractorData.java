package io.cinequiz.question;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled pools wrong options are drawn from: real film professionals by role ({@code distractors/people.csv})
 * and curated wrong values per predicate ({@code distractors/texts.yaml}).
 */
record DistractorData(Map<String, List<String>> peopleByRole, Map<String, List<String>> texts) {

    static DistractorData bundled() {
        return new DistractorData(readPeople("/distractors/people.csv"), readTexts("/distractors/texts.yaml"));
    }

    private static Map<String, List<String>> readPeople(String resource) {
        Map<String, List<String>> byRole = new TreeMap<>();
        try (InputStream in = open(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: name,roles
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.lastIndexOf(',');
                if (line.isBlank() || comma < 0) {
                    continue;
                }
                String name = line.substring(0, comma).trim();
                for (String role : line.substring(comma + 1).split("\\|")) {
                    byRole.computeIfAbsent(role.trim(), r -> new ArrayList<>()).add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byRole.replaceAll((role, names) -> List.copyOf(names));
        return Map.copyOf(byRole);
    }

    private static Map<String, List<String>> readTexts(String resource) {
        try (InputStream in = open(resource)) {
            Map<String, List<String>> texts = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {
            });
            return Map.copyOf(new TreeMap<>(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DistractorData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        return in;
    }

    List<String> people(String role) {
        return peopleByRole.getOrDefault(role, List.of());
    }

    List<String> texts(String predicate) {
        return texts.getOrDefault(predicate, List.of());
    }
}
