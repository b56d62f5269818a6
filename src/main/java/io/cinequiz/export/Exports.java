package io.cinequiz.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.cinequiz.catalog.Film;
import io.cinequiz.opentdb.Encoding;
import io.cinequiz.opentdb.OpenTdbResponses;
import io.cinequiz.opentdb.TriviaQuestion;
import io.cinequiz.question.Citation;
import io.cinequiz.question.Question;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a film's questions in each export format. Plain logic: no framework, tested without HTTP. */
final class Exports {

    static final String[] CSV_HEADER = { "id", "film", "category", "difficulty", "type", "question", "correct_answer",
            "incorrect_answers", "sources", "quotes" };
    /** Red-DiscordBot's trivia settings for an exported list; a server's own settings override them. */
    static final Map<String, Object> RED_CONFIG = redConfig();
    /** Separates several values inside one CSV cell (options, sources, quotes). */
    static final String CELL_SEPARATOR = " | ";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    static String write(ExportFormat format, Film film, List<Question> questions) {
        try {
            return switch (format) {
                case RED -> YAML.writeValueAsString(red(film, questions));
                case OPENTDB -> JSON.writeValueAsString(new OpenTdbResponses.Questions(OpenTdbResponses.SUCCESS,
                        questions.stream().map(q -> TriviaQuestion.of(q, Encoding.HTML, true)).toList()));
                case CSV -> csv(questions);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** AUTHOR, CONFIG, then each question (its stem, with the options of a multiple-choice one) to its answer. */
    static Map<String, Object> red(Film film, List<Question> questions) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("AUTHOR", "cinequiz: verified facts about " + film.title() + " (" + film.year() + ")");
        list.put("CONFIG", RED_CONFIG);
        for (Question q : questions) {
            String stem = q.options().size() > 2 ? q.stem() + " (" + String.join(", ", q.options()) + ")" : q.stem();
            list.put(stem, List.of(q.correctAnswer()));
        }
        return list;
    }

    private static String csv(List<Question> questions) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (Question q : questions) {
                List<String> incorrect = new ArrayList<>(q.options());
                incorrect.remove(q.correctIndex());
                printer.printRecord(q.id(), q.filmId(), q.category().key(), q.difficulty().key(), q.type().key(),
                        q.stem(), q.correctAnswer(), String.join(CELL_SEPARATOR, incorrect),
                        q.citations().stream().map(Citation::sourceId).collect(Collectors.joining(CELL_SEPARATOR)),
                        q.citations().stream().map(Citation::quote).collect(Collectors.joining(CELL_SEPARATOR)));
            }
        }
        return out.toString();
    }

    private static Map<String, Object> redConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bot_plays", false);
        config.put("delay", 20);
        config.put("max_score", 10);
        config.put("reveal_answer", true);
        config.put("timeout", 120);
        return config;
    }
}
