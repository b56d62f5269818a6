package io.cinequiz.export;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cinequiz.question.Citation;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

    private static final String FILM = "city-of-lost-children";
    private static final String EXPORT = "/api/v1/films/" + FILM + "/export";

    @Inject
    QuestionBank bank;

    private Map<String, Question> questions() {
        return bank.matching(q -> q.filmId().equals(FILM)).stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void redListParsesAndAnswersEveryQuestion() throws Exception {
        String yaml = given().when().get(EXPORT + "?format=red").then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + FILM + ".yaml\""))
                .extract().asString();
        Map<String, Object> list = new ObjectMapper(new YAMLFactory()).readValue(yaml, LinkedHashMap.class);
        assertTrue(((String) list.remove("AUTHOR")).contains("The City of Lost Children"));
        Map<?, ?> config = (Map<?, ?>) list.remove("CONFIG");
        assertEquals(10, config.get("max_score"));
        Map<String, Question> questions = questions();
        assertEquals(questions.size(), list.size(), "one entry per question");
        for (Question q : questions.values()) {
            String key = list.keySet().stream().filter(k -> k.startsWith(q.stem())).filter(k -> q.options().size() == 2
                    || k.equals(q.stem() + " (" + String.join(", ", q.options()) + ")")).findFirst()
                    .orElseThrow(() -> new AssertionError("missing: " + q.stem()));
            assertEquals(List.of(q.correctAnswer()), list.get(key));
        }
    }

    @Test
    void csvParsesWithOneRowPerQuestionAndItsCitations() throws Exception {
        String csv = given().when().get(EXPORT + "?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        Map<String, Question> questions = questions();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(List.of(Exports.CSV_HEADER), parser.getHeaderNames());
            for (CSVRecord row : parser) {
                Question q = questions.get(row.get("id"));
                assertTrue(q != null && seen.add(q.id()), "unknown or repeated " + row.get("id"));
                assertEquals(q.stem(), row.get("question"));
                assertEquals(q.correctAnswer(), row.get("correct_answer"));
                List<String> incorrect = new ArrayList<>(q.options());
                incorrect.remove(q.correctIndex());
                assertEquals(String.join(Exports.CELL_SEPARATOR, incorrect), row.get("incorrect_answers"));
                assertEquals(q.citations().stream().map(Citation::quote).collect(Collectors.joining(
                        Exports.CELL_SEPARATOR)), row.get("quotes"));
                assertFalse(row.get("sources").isBlank());
            }
        }
        assertEquals(questions.keySet(), seen);
    }

    @Test
    void openTdbExportHasEveryQuestionWithItsCitations() {
        JsonPath json = given().when().get(EXPORT + "?format=opentdb").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("response_code", equalTo(0)).extract().jsonPath();
        Map<String, Question> questions = questions();
        List<Map<String, Object>> results = json.getList("results");
        assertEquals(questions.size(), results.size());
        for (Map<String, Object> r : results) {
            Question q = questions.get((String) r.get("id"));
            assertEquals(q.type().key(), r.get("type"));
            assertEquals(q.citations().size(), ((List<?>) r.get("citations")).size());
        }
    }

    @Test
    void formatIsRequiredAndMustBeKnown() {
        given().when().get(EXPORT).then().spec(problem(400, "bad-request"));
        given().when().get(EXPORT + "?format=xlsx").then().spec(problem(400, "bad-request"));
    }

    @Test
    void unknownFilmIsNotFound() {
        given().when().get("/api/v1/films/nope/export?format=csv").then().spec(problem(404, "not-found"));
    }
}
