package io.cinequiz.question;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The question API over the questions generated at start-up from {@code seeds/city-of-lost-children}. Questions
 * are served without their answers; a check reveals the answer; reports are stored and counted in the stats.
 */
@QuarkusTest
class QuestionResourceTest {

    @jakarta.inject.Inject
    QuestionBank bank;

    private static final String QUESTIONS = "/api/v1/questions";
    private static final String FILM_ID = "city-of-lost-children";
    private static final String TITLE = "The City of Lost Children";
    private static final String STATS = "/api/v1/films/" + FILM_ID + "/questions/stats";
    private static final Set<String> VIEW_KEYS = Set.of("id", "film", "category", "difficulty", "type", "question", "options");
    private static final List<String> CATEGORIES = List.of("cast", "crew", "production", "release", "reception", "story", "trivia");

    // ---- helpers: each test fetches its own questions ----

    private static List<Map<String, Object>> list(Map<String, ?> params) {
        return given().queryParams(params)
                .when().get(QUESTIONS)
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath().getList("$");
    }

    private static Map<String, Object> oneQuestion(String type) {
        List<Map<String, Object>> found = list(Map.of("type", type, "amount", 1));
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static ExtractableResponse<Response> check(Object id, Object choice) {
        return given().contentType("application/json").body(Map.of("choice", choice))
                .when().post(QUESTIONS + "/" + id + "/check")
                .then().statusCode(200).contentType("application/json")
                .extract();
    }

    private static long reportCount() {
        return ((Number) given().get(STATS).then().statusCode(200).extract().path("reports")).longValue();
    }

    // ---- list ----

    @Test
    void listGivesTenQuestionsByDefault() {
        List<Map<String, Object>> questions = list(Map.of());
        assertEquals(10, questions.size());
        assertEquals(10, questions.stream().map(q -> q.get("id")).distinct().count(), "no question twice");
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 50 })
    void listHonoursTheAmount(int amount) {
        assertEquals(amount, list(Map.of("amount", amount)).size());
    }

    @Test
    void listGivesFewerWhenFewerMatchAndNeverTwoQuestionsOfOneGroup() {
        List<Question> crew = bank.matching(q -> q.category().key().equals("crew"));
        assertTrue(crew.size() < 50, "crew questions: " + crew.size());
        List<Map<String, Object>> listed = list(Map.of("category", "crew", "amount", 50));
        assertEquals(QuestionBank.groups(crew), listed.size(), "one question of each group (the two forms of a fact are one)");
        assertEquals(listed.size(), listed.stream().map(q -> bank.find((String) q.get("id")).orElseThrow().group()).distinct().count());
    }

    @Test
    void questionsCarryNoAnswer() {
        for (Map<String, Object> q : list(Map.of("amount", 50))) {
            assertEquals(VIEW_KEYS, q.keySet(), "keys of " + q);
        }
        for (Map<String, Object> q : list(Map.of("amount", 50, "film", FILM_ID))) {
            assertEquals(VIEW_KEYS, q.keySet(), "keys of " + q);
        }
        String id = (String) oneQuestion("multiple").get("id");
        Map<String, Object> one = given().get(QUESTIONS + "/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(VIEW_KEYS, one.keySet());
    }

    @Test
    void questionsHaveTheDocumentedShape() {
        for (Map<String, Object> q : list(Map.of("amount", 50))) {
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) q.get("options");
            assertEquals(FILM_ID, q.get("film"));
            assertTrue(CATEGORIES.contains(q.get("category")), q.toString());
            assertTrue(List.of("easy", "medium", "hard").contains(q.get("difficulty")), q.toString());
            if (q.get("type").equals("multiple")) {
                assertEquals(4, options.size(), q.toString());
            } else {
                assertEquals("boolean", q.get("type"));
                assertEquals(List.of("True", "False"), options);
            }
            assertTrue(((String) q.get("question")).contains(TITLE), "without film, the stem names the film: " + q);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "cast", "crew", "production", "release", "reception", "story", "trivia" })
    void categoryFilterKeepsOnlyThatCategory(String category) {
        List<Map<String, Object>> found = list(Map.of("category", category, "amount", 50));
        assertFalse(found.isEmpty(), category);
        found.forEach(q -> assertEquals(category, q.get("category"), q.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "easy", "medium", "hard" })
    void difficultyFilterKeepsOnlyThatDifficulty(String difficulty) {
        List<Map<String, Object>> found = list(Map.of("difficulty", difficulty, "amount", 50));
        assertFalse(found.isEmpty(), difficulty);
        found.forEach(q -> assertEquals(difficulty, q.get("difficulty"), q.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "multiple", "boolean" })
    void typeFilterKeepsOnlyThatType(String type) {
        // 40: fewer than the groups of either type in the seeds (a batch serves one question of a group).
        List<Map<String, Object>> found = list(Map.of("type", type, "amount", 40));
        assertEquals(40, found.size());
        found.forEach(q -> assertEquals(type, q.get("type"), q.toString()));
    }

    @Test
    void filtersIgnoreCaseAndCombine() {
        // Crew, not cast: since the eighth blind review the seeds ask no easy cast question ("Who played One?" is not
        // asked); the co-director is an easy crew choice.
        List<Map<String, Object>> found = list(Map.of("category", "CREW", "difficulty", "Easy", "type", "MULTIPLE",
                "film", FILM_ID, "amount", 50));
        assertFalse(found.isEmpty());
        found.forEach(q -> {
            assertEquals("crew", q.get("category"));
            assertEquals("easy", q.get("difficulty"));
            assertEquals("multiple", q.get("type"));
            assertEquals(FILM_ID, q.get("film"));
        });
    }

    @Test
    void withAFilmNoStemRepeatsItsTitle() {
        // Category x type slices hold at most 50 questions each, so together they list one question of every group.
        Set<String> seen = new HashSet<>();
        for (String category : CATEGORIES) {
            for (String type : List.of("multiple", "boolean")) {
                for (Map<String, Object> q : list(Map.of("film", FILM_ID, "category", category, "type", type, "amount", 50))) {
                    assertEquals(FILM_ID, q.get("film"));
                    String stem = (String) q.get("question");
                    assertFalse(stem.contains(TITLE), "stem names the film: " + stem);
                    assertTrue(stem.toLowerCase().contains("the film"), "stem refers to the film: " + stem);
                    assertEquals(bank.find((String) q.get("id")).orElseThrow().shortStem(), stem);
                    seen.add((String) q.get("id"));
                }
            }
        }
        assertFalse(seen.isEmpty());
        for (Question q : bank.matching(q -> q.filmId().equals(FILM_ID))) {
            assertFalse(q.shortStem().contains(TITLE), "stem names the film: " + q.shortStem());
            assertTrue(q.shortStem().toLowerCase().contains("the film"), "stem refers to the film: " + q.shortStem());
        }
    }

    @Test
    void amountZeroIsValidationProblemOnAmountThatNamesTheLowestAmount() {
        given().queryParam("amount", 0)
                .when().get(QUESTIONS)
                .then()
                .spec(problem(400, "validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void amountFiftyOneIsValidationProblemOnAmountThatNamesTheHighestAmount() {
        given().queryParam("amount", 51)
                .when().get(QUESTIONS)
                .then()
                .spec(problem(400, "validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("must be less than or equal to 50"));
    }

    @Test
    void amountThatIsNoNumberIsBadParameterProblem() {
        given().queryParam("amount", "ten")
                .when().get(QUESTIONS)
                .then()
                .spec(problem(400, "bad-parameter"));
    }

    @Test
    void unknownCategoryIsBadRequestListingTheCategories() {
        given().queryParam("category", "music")
                .when().get(QUESTIONS)
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", allOf(containsString("'music'"),
                        containsString("cast, crew, production, release, reception, story, trivia")));
    }

    @Test
    void unknownDifficultyIsBadRequestListingTheDifficulties() {
        given().queryParam("difficulty", "extreme")
                .when().get(QUESTIONS)
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", allOf(containsString("'extreme'"), containsString("easy, medium, hard")));
    }

    @Test
    void unknownTypeIsBadRequestListingTheTypes() {
        given().queryParam("type", "open")
                .when().get(QUESTIONS)
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", allOf(containsString("'open'"), containsString("multiple, boolean")));
    }

    @Test
    void unknownFilmIsNotFound() {
        given().queryParam("film", "nope")
                .when().get(QUESTIONS)
                .then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("'nope'"));
    }

    // ---- get one ----

    @Test
    void getReturnsTheSameQuestionAsTheList() {
        for (Map<String, Object> listed : list(Map.of("amount", 5))) {
            Map<String, Object> got = given().get(QUESTIONS + "/" + listed.get("id"))
                    .then().statusCode(200).contentType("application/json")
                    .extract().jsonPath().getMap("$");
            assertEquals(listed, got);
        }
    }

    @Test
    void unknownQuestionIsNotFoundProblem() {
        given().when().get(QUESTIONS + "/q-nope")
                .then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("'q-nope'"))
                .body("instance", equalTo(QUESTIONS + "/q-nope"));
    }

    // ---- check ----

    @ParameterizedTest
    @ValueSource(strings = { "multiple", "boolean" })
    void rightChoiceIsCorrectAndWrongIsNotBothRevealingTheAnswer(String type) {
        Map<String, Object> q = oneQuestion(type);
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) q.get("options");
        int correct = check(q.get("id"), 0).path("correctChoice");
        int wrong = (correct + 1) % options.size();

        for (int choice : List.of(correct, wrong)) {
            ExtractableResponse<Response> result = check(q.get("id"), choice);
            assertEquals(choice == correct, result.path("correct"));
            assertEquals(correct, (int) result.path("correctChoice"));
            assertEquals(options.get(correct), result.path("correctAnswer"));
            String explanation = result.path("explanation");
            assertTrue(explanation != null && !explanation.isBlank(), "explanation");
            List<Map<String, String>> citations = result.path("citations");
            assertFalse(citations.isEmpty(), "citations");
            for (Map<String, String> c : citations) {
                assertEquals(Set.of("sourceId", "title", "quote"), c.keySet());
                c.values().forEach(v -> assertTrue(v != null && !v.isBlank(), c.toString()));
            }
        }
    }

    @Test
    void checkingDoesNotChangeTheQuestion() {
        Map<String, Object> q = oneQuestion("multiple");
        check(q.get("id"), 2);
        assertEquals(q, given().get(QUESTIONS + "/" + q.get("id")).then().statusCode(200).extract().jsonPath().getMap("$"));
    }

    @Test
    void choiceFourOnMultipleChoiceIsBadRequest() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body(Map.of("choice", 4))
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", containsString("0 to 3"));
    }

    @Test
    void choiceTwoOnTrueFalseIsBadRequest() {
        Map<String, Object> q = oneQuestion("boolean");
        given().contentType("application/json").body(Map.of("choice", 2))
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", containsString("0 to 1"));
    }

    @Test
    void negativeChoiceIsValidationProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body(Map.of("choice", -1))
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("choice"));
    }

    @Test
    void missingChoiceIsValidationProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body("{}")
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("choice"));
    }

    @Test
    void missingBodyIsValidationProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json")
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "validation"));
    }

    @Test
    void nonJsonBodyIsMalformedBodyProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body("choice=1")
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "malformed-body"));
    }

    /** Review round 2, L1: a field named twice, even after every field was read, is a 400, never an empty 500. */
    @Test
    void aFieldNamedTwiceIsMalformedBodyProblemOnCheckAndReports() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body("{\"choice\":1,\"choice\":1}")
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "malformed-body"))
                .body("detail", containsString("choice"));
        given().contentType("application/json").body("{\"reason\":\"TYPO\",\"detail\":\"a\",\"detail\":\"a\"}")
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then()
                .spec(problem(400, "malformed-body"));
    }

    @Test
    void choiceOfTheWrongTypeIsMalformedBodyProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body("{\"choice\": \"first\"}")
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(400, "malformed-body"))
                .body("detail", containsString("choice"));
    }

    @Test
    void plainTextBodyIsUnsupportedMediaTypeProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("text/plain").body("1")
                .when().post(QUESTIONS + "/" + q.get("id") + "/check")
                .then()
                .spec(problem(415, "unsupported-media-type"));
    }

    @Test
    void checkOnUnknownQuestionIsNotFound() {
        given().contentType("application/json").body(Map.of("choice", 0))
                .when().post(QUESTIONS + "/q-nope/check")
                .then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("'q-nope'"));
    }

    // ---- reports ----

    @Test
    void reportIsCreatedWithItsLocationAndCanBeReadBack() {
        Map<String, Object> q = oneQuestion("multiple");
        ExtractableResponse<Response> created = given().contentType("application/json")
                .body(Map.of("reason", "wrong_answer", "detail", "  The answer is not in the sources.  "))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then()
                .statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("questionId", equalTo(q.get("id")))
                .body("reason", equalTo("wrong_answer"))
                .body("detail", equalTo("The answer is not in the sources."))
                .body("createdAt", notNullValue())
                .extract();
        long reportId = ((Number) created.path("id")).longValue();
        String location = created.header("Location");
        assertTrue(location.endsWith(QUESTIONS + "/" + q.get("id") + "/reports/" + reportId), location);

        assertEquals(QUESTIONS + "/" + q.get("id") + "/reports/" + reportId, location, "a path, never the request Host");
        given().get(location).then().spec(problem(401, "unauthorized"));
        TestClients.client("play", "rooms").given().get(location).then().spec(problem(403, "forbidden"));
        Map<String, Object> stored = TestClients.shared("moderation").given().get(location).then().statusCode(200).extract().jsonPath()
                .getMap("$");
        for (String key : List.of("id", "questionId", "reason", "detail")) {
            assertEquals(created.jsonPath().getMap("$").get(key), stored.get(key), key);
        }
        Instant createdAt = Instant.parse(created.path("createdAt"));
        Instant storedAt = Instant.parse((String) stored.get("createdAt"));
        assertTrue(Duration.between(createdAt, storedAt).abs().toMillis() < 1, createdAt + " vs " + storedAt);
    }

    @Test
    void reportReadBackIsExactlyTheReportCreated() {
        Map<String, Object> q = oneQuestion("multiple");
        ExtractableResponse<Response> created = given().contentType("application/json")
                .body(Map.of("reason", "typo", "detail", "a typo"))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then().statusCode(201).extract();
        Map<String, Object> stored = TestClients.shared("moderation").given().get(created.header("Location")).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        TestClients.shared("moderation").given().get("/api/v1/moderation/reports?limit=100").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((Object) created.path("id")));
        assertEquals(created.jsonPath().getMap("$"), stored);
    }

    @Test
    void reportReasonIgnoresCaseAndDetailIsOptional() {
        Map<String, Object> q = oneQuestion("boolean");
        for (String reason : List.of("typo", "TYPO", "Ambiguous", "offensive", "other")) {
            given().contentType("application/json").body(Map.of("reason", reason))
                    .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                    .then()
                    .statusCode(201)
                    .header("Location", notNullValue())
                    .body("reason", equalTo(reason.toLowerCase()))
                    .body("detail", nullValue());
        }
    }

    @Test
    void detailOfExactlyOneThousandCharactersIsAccepted() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body(Map.of("reason", "other", "detail", "x".repeat(1000)))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then()
                .statusCode(201)
                .body("detail", equalTo("x".repeat(1000)));
    }

    @Test
    void detailOverOneThousandCharactersIsValidationProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        long before = reportCount();
        given().contentType("application/json").body(Map.of("reason", "other", "detail", "x".repeat(1001)))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("detail"));
        assertEquals(before, reportCount(), "a rejected report is not stored");
    }

    @Test
    void unknownReasonIsBadRequestNamingTheReasons() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body(Map.of("reason", "spam"))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then()
                .spec(problem(400, "malformed-body"))
                .body("detail", allOf(containsString("reason"),
                        containsString("wrong_answer, ambiguous, typo, offensive, other")));
    }

    @Test
    void missingReasonIsValidationProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        given().contentType("application/json").body(Map.of("detail", "no reason given"))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void reportOnUnknownQuestionIsNotFound() {
        long before = reportCount();
        given().contentType("application/json").body(Map.of("reason", "typo"))
                .when().post(QUESTIONS + "/q-nope/reports")
                .then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("'q-nope'"));
        assertEquals(before, reportCount());
    }

    @Test
    void unknownReportIsNotFound() {
        Map<String, Object> q = oneQuestion("multiple");
        TestClients.shared("moderation").given().when().get(QUESTIONS + "/" + q.get("id") + "/reports/987654321")
                .then()
                .spec(problem(404, "not-found"));
    }

    @Test
    void reportIsNotFoundUnderAnotherQuestion() {
        List<Map<String, Object>> two = list(Map.of("amount", 2));
        long reportId = ((Number) given().contentType("application/json").body(Map.of("reason", "typo"))
                .when().post(QUESTIONS + "/" + two.get(0).get("id") + "/reports")
                .then().statusCode(201).extract().path("id")).longValue();
        assertNotEquals(two.get(0).get("id"), two.get(1).get("id"));
        TestClients.shared("moderation").given().when().get(QUESTIONS + "/" + two.get(1).get("id") + "/reports/" + reportId)
                .then()
                .spec(problem(404, "not-found"));
    }

    @Test
    void reportIdThatIsNoNumberIsBadParameterProblem() {
        Map<String, Object> q = oneQuestion("multiple");
        TestClients.shared("moderation").given().when().get(QUESTIONS + "/" + q.get("id") + "/reports/first")
                .then()
                .spec(problem(400, "bad-parameter"));
    }

    // ---- stats ----

    @Test
    void statsCountTheFilmsQuestionsEveryWay() {
        Map<String, Object> stats = given().get(STATS)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("filmId", equalTo(FILM_ID))
                .body("questions", greaterThanOrEqualTo(120))
                .body("factsUsed", greaterThanOrEqualTo(60))
                .body("factsSkipped", not(hasSize(0)))
                .body("factsSkipped.reason", everyItem(allOf(notNullValue(), not(equalTo("")))))
                .body("factsSkipped.factId", everyItem(notNullValue()))
                .body("factsSkipped.predicate", everyItem(notNullValue()))
                .extract().jsonPath().getMap("$");
        int questions = (Integer) stats.get("questions");
        for (String by : List.of("byCategory", "byDifficulty", "byType")) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> counts = (Map<String, Integer>) stats.get(by);
            assertEquals(questions, counts.values().stream().mapToInt(Integer::intValue).sum(), by + " " + counts);
        }
        @SuppressWarnings("unchecked")
        Map<String, Integer> byCategory = (Map<String, Integer>) stats.get("byCategory");
        assertEquals(Set.copyOf(CATEGORIES), byCategory.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Integer> notSupported = (Map<String, Integer>) stats.get("factsNotSupported");
        assertTrue(notSupported.containsKey("DISPUTED"), notSupported.toString());
    }

    @Test
    void statsCountEveryNewReportByReason() {
        Map<String, Object> q = oneQuestion("multiple");
        Map<String, Object> before = given().get(STATS).then().statusCode(200).extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Integer> byReasonBefore = new HashMap<>((Map<String, Integer>) before.get("reportsByReason"));

        given().contentType("application/json").body(Map.of("reason", "ambiguous", "detail", "two answers fit"))
                .when().post(QUESTIONS + "/" + q.get("id") + "/reports")
                .then().statusCode(201);

        Map<String, Object> after = given().get(STATS).then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(((Number) before.get("reports")).longValue() + 1, ((Number) after.get("reports")).longValue());
        @SuppressWarnings("unchecked")
        Map<String, Integer> byReasonAfter = (Map<String, Integer>) after.get("reportsByReason");
        assertEquals(byReasonBefore.getOrDefault("ambiguous", 0) + 1, byReasonAfter.get("ambiguous"));
        assertEquals(((Number) after.get("reports")).longValue(),
                byReasonAfter.values().stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void statsForUnknownFilmIsNotFound() {
        given().when().get("/api/v1/films/nope/questions/stats")
                .then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("'nope'"))
                .body("instance", endsWith("/api/v1/films/nope/questions/stats"));
    }
}
