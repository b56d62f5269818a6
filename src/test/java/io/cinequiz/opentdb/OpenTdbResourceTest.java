package io.cinequiz.opentdb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.session.FakeClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OpenTdbResourceTest {

    @jakarta.inject.Inject
    io.cinequiz.catalog.Catalog catalog;

    @jakarta.inject.Inject
    io.cinequiz.question.QuestionBank bank;

    /** Facts that did not verify: what the OpenTDB count calls rejected questions. */
    private int notSupported() {
        return (int) catalog.films().stream()
                .mapToLong(f -> f.facts().size() - f.facts(io.cinequiz.catalog.Verdict.SUPPORTED).size()).sum();
    }

    /** One question exactly as Open Trivia DB writes it: these fields, in this order, and no other. */
    private static final String QUESTION = "\\{\"type\":\"(multiple|boolean)\",\"difficulty\":\"(easy|medium|hard)\","
            + "\"category\":\"Entertainment: Film\",\"question\":\"[^\"]+\",\"correct_answer\":\"[^\"]+\","
            + "\"incorrect_answers\":\\[\"[^\"]+\"(,\"[^\"]+\")*\\]\\}";

    FakeClock clock;

    @BeforeEach
    void installClock() {
        clock = FakeClock.install(Instant.now());
    }

    @Test
    void servesQuestionsInOpenTriviaDbsExactShape() {
        String body = given().when().get("/api.php?amount=5").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertTrue(Pattern.matches("\\{\"response_code\":0,\"results\":\\[" + QUESTION + "(," + QUESTION + "){4}\\]\\}",
                body), body);
        JsonPath json = JsonPath.from(body);
        for (Map<String, Object> q : json.<Map<String, Object>>getList("results")) {
            List<?> incorrect = (List<?>) q.get("incorrect_answers");
            if (q.get("type").equals("multiple")) {
                assertEquals(3, incorrect.size());
            } else {
                assertEquals(1, incorrect.size());
                assertEquals(Set.of("True", "False"), Set.of(q.get("correct_answer"), incorrect.get(0)));
            }
        }
    }

    @Test
    void filtersByTypeAndDifficulty() {
        given().when().get("/api.php?amount=3&category=11&type=boolean&difficulty=medium").then()
                .body("response_code", equalTo(0))
                .body("results", hasSize(3))
                .body("results.type", equalTo(List.of("boolean", "boolean", "boolean")))
                .body("results.difficulty", equalTo(List.of("medium", "medium", "medium")))
                .body("results.incorrect_answers.flatten()", hasSize(3));
    }

    @Test
    void extAddsIdFilmAndCitations() {
        JsonPath json = given().when().get("/api.php?amount=2&ext=1").then().body("response_code", equalTo(0))
                .extract().jsonPath();
        for (Map<String, Object> q : json.<Map<String, Object>>getList("results")) {
            assertEquals("city-of-lost-children", q.get("film"));
            assertFalse(((List<?>) q.get("citations")).isEmpty());
            given().when().get("/api/v1/questions/" + q.get("id")).then().statusCode(200);
        }
    }

    @Test
    void htmlEncodingLeavesNoRawQuoteOrAmpersand() {
        String body = given().when().get("/api.php?amount=50").then().body("response_code", equalTo(0))
                .extract().asString();
        for (String s : strings(JsonPath.from(body))) {
            assertFalse(s.contains("'") || s.contains("\"") || s.contains("<") || s.replaceAll("&[#a-zA-Z0-9]+;", "")
                    .contains("&"), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "base64", "url3986", "urlLegacy" })
    void everyStringFieldIsEncodedAndDecodesToTheQuestion(String encode) {
        JsonPath json = given().when().get("/api.php?amount=10&ext=1&encode=" + encode).then()
                .body("response_code", equalTo(0)).extract().jsonPath();
        for (Map<String, Object> q : json.<Map<String, Object>>getList("results")) {
            String id = decode(encode, (String) q.get("id"));
            JsonPath original = given().when().get("/api/v1/questions/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(original.getString("question"), decode(encode, (String) q.get("question")));
            assertEquals(original.getString("type"), decode(encode, (String) q.get("type")));
            assertEquals(original.getString("difficulty"), decode(encode, (String) q.get("difficulty")));
            assertEquals("Entertainment: Film", decode(encode, (String) q.get("category")));
            List<String> options = new ArrayList<>(original.getList("options"));
            List<String> given = new ArrayList<>();
            given.add(decode(encode, (String) q.get("correct_answer")));
            for (Object o : (List<?>) q.get("incorrect_answers")) {
                given.add(decode(encode, (String) o));
            }
            assertEquals(new HashSet<>(options), new HashSet<>(given));
        }
    }

    @Test
    void notEnoughQuestionsGivesCodeOneAndNoPartialBatch() {
        given().when().get("/api.php?amount=5&category=9").then().statusCode(200)
                .body("response_code", equalTo(1)).body("results", hasSize(0));
        given().when().get("/api.php?amount=50&type=boolean&difficulty=easy").then()
                .body("response_code", equalTo(1)).body("results", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "amount=0", "amount=51", "amount=x", "amount=5&category=42", "amount=5&difficulty=extreme",
            "amount=5&type=open", "amount=5&encode=rot13" })
    void invalidParameterGivesCodeTwo(String query) {
        given().when().get(query.isEmpty() ? "/api.php" : "/api.php?" + query).then().statusCode(200)
                .body("response_code", equalTo(2)).body("results", hasSize(0));
    }

    @Test
    void unknownTokenGivesCodeThree() {
        given().when().get("/api.php?amount=1&token=" + "0".repeat(64)).then().statusCode(200)
                .body("response_code", equalTo(3)).body("results", hasSize(0));
    }

    @Test
    void tokenNeverRepeatsAQuestionUntilExhaustedThenResets() {
        String token = newToken();
        String query = "/api.php?amount=1&type=boolean&difficulty=hard&ext=1&token=" + token;
        Set<String> seen = new HashSet<>();
        while (true) {
            JsonPath r = given().when().get(query).then().statusCode(200).extract().jsonPath();
            if (r.getInt("response_code") != 0) {
                assertEquals(4, r.getInt("response_code"));
                assertTrue(r.getList("results").isEmpty());
                break;
            }
            String id = r.getString("results[0].id");
            assertTrue(seen.add(id), "served twice: " + id);
            assertTrue(seen.size() < 300, "the pool never ran out");
        }
        assertFalse(seen.isEmpty());
        given().when().get("/api.php?amount=1&type=multiple&token=" + token).then().body("response_code", equalTo(0));

        given().when().get("/api_token.php?command=reset&token=" + token).then().statusCode(200)
                .body("response_code", equalTo(0)).body("token", equalTo(token));
        given().when().get(query).then().body("response_code", equalTo(0));
    }

    @Test
    void aTokenAndABatchNeverServeTheTwoFormsOfOneFact() {
        // Hard questions of both forms: some facts are asked both ways, and the two must never be served together.
        java.util.List<io.cinequiz.question.Question> pool = bank.matching(q -> q.difficulty().key().equals("hard"));
        int groups = io.cinequiz.question.QuestionBank.groups(pool);
        assertTrue(groups < pool.size(), "the pool should hold both forms of some fact");

        JsonPath batch = given().when().get("/api.php?amount=" + Math.min(groups, 50) + "&difficulty=hard&ext=1").then()
                .statusCode(200).body("response_code", equalTo(0)).extract().jsonPath();
        java.util.List<String> ids = batch.getList("results.id");
        assertEquals(ids.size(), bank.groupsOf(ids).size(), "two questions of one group in a batch: " + ids);
        if (groups < 50) {
            given().when().get("/api.php?amount=" + (groups + 1) + "&difficulty=hard").then()
                    .body("response_code", equalTo(1));
        }

        String token = newToken();
        Set<String> served = new HashSet<>();
        while (true) {
            JsonPath r = given().when().get("/api.php?amount=1&difficulty=hard&ext=1&token=" + token).then()
                    .statusCode(200).extract().jsonPath();
            if (r.getInt("response_code") != 0) {
                assertEquals(4, r.getInt("response_code"));
                break;
            }
            served.add(r.getString("results[0].id"));
            assertTrue(served.size() <= groups, "more questions than groups: " + served.size());
        }
        assertEquals(groups, served.size(), "one question of each group, then the token is empty");
        assertEquals(served.size(), bank.groupsOf(served).size(), "the token served two questions of one group");
    }

    @Test
    void exhaustionIsReportedBeforeAPartialBatch() {
        String token = newToken();
        String base = "/api.php?type=boolean&difficulty=hard&token=" + token;
        int size = 0;
        while (given().when().get(base + "&amount=1").then().extract().<Integer>path("response_code") == 0) {
            size++;
        }
        assertTrue(size > 2, "the pool should hold a few questions");
        given().when().get("/api_token.php?command=reset&token=" + token).then().body("response_code", equalTo(0));
        for (int left = size - 1; left > 0; left -= Math.min(left, 50)) {
            given().when().get(base + "&amount=" + Math.min(left, 50)).then().body("response_code", equalTo(0));
        }
        given().when().get(base + "&amount=2").then().body("response_code", equalTo(4)).body("results", hasSize(0));
        given().when().get(base + "&amount=1").then().body("response_code", equalTo(0));
    }

    @Test
    void parallelRequestsWithOneTokenNeverShareAQuestion() throws Exception {
        String token = newToken();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> batches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                batches.add(pool.submit(() -> given().when().get("/api.php?amount=5&ext=1&token=" + token).then()
                        .body("response_code", equalTo(0)).extract().<String>jsonPath().getList("results.id")));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> batch : batches) {
                for (String id : batch.get()) {
                    assertTrue(all.add(id), "served twice: " + id);
                }
            }
            assertEquals(40, all.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tokenExpiresAfterSixIdleHours() {
        String token = newToken();
        given().when().get("/api.php?amount=1&token=" + token).then().body("response_code", equalTo(0));
        clock.advance(Duration.ofHours(5));
        given().when().get("/api.php?amount=1&token=" + token).then().body("response_code", equalTo(0));
        clock.advance(Duration.ofHours(6).plusSeconds(1));
        given().when().get("/api.php?amount=1&token=" + token).then().body("response_code", equalTo(3));
        given().when().get("/api_token.php?command=reset&token=" + token).then().body("response_code", equalTo(3));
    }

    @Test
    void requestsATokenOf64HexDigits() {
        given().when().get("/api_token.php?command=request").then().statusCode(200)
                .body("response_code", equalTo(0))
                .body("response_message", equalTo("Token Generated Successfully!"))
                .body("token", matchesPattern("[0-9a-f]{64}"));
    }

    /** A token is its holder's secret: neither its request nor its reset may be kept by a cache (review L8). */
    @Test
    void tokenResponsesAreNotStoredByCaches() {
        String token = given().when().get("/api_token.php?command=request").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().path("token");
        given().when().get("/api_token.php?command=reset&token=" + token).then().statusCode(200)
                .body("response_code", equalTo(0)).header("Cache-Control", "no-store");
    }

    @Test
    void unknownTokenCommandOrTokenIsRefused() {
        given().when().get("/api_token.php?command=destroy").then().statusCode(200).body("response_code", equalTo(2));
        given().when().get("/api_token.php?command=reset&token=nope").then().statusCode(200)
                .body("response_code", equalTo(3));
        given().when().get("/api_token.php?command=reset").then().statusCode(200).body("response_code", equalTo(3));
    }

    @Test
    void listsTheTwentyFourCategories() {
        String body = given().when().get("/api_category.php").then().statusCode(200)
                .body("trivia_categories", hasSize(24))
                .body("trivia_categories[0].id", equalTo(9))
                .body("trivia_categories[23].id", equalTo(32))
                .body("trivia_categories.find { it.id == 11 }.name", equalTo("Entertainment: Film"))
                .extract().asString();
        assertTrue(body.startsWith("{\"trivia_categories\":[{\"id\":9,\"name\":\"General Knowledge\"}"), body);
    }

    @Test
    void countsQuestionsPerDifficulty() {
        JsonPath film = given().when().get("/api_count.php?category=11").then().statusCode(200)
                .body("category_id", equalTo(11)).extract().jsonPath();
        int total = film.getInt("category_question_count.total_question_count");
        assertEquals(total, film.getInt("category_question_count.total_easy_question_count")
                + film.getInt("category_question_count.total_medium_question_count")
                + film.getInt("category_question_count.total_hard_question_count"));
        assertTrue(total > 100);
        given().when().get("/api_count.php?category=9").then()
                .body("category_question_count.total_question_count", equalTo(0));
        given().when().get("/api_count.php?category=abc").then().statusCode(200).body("response_code", equalTo(2));
        given().when().get("/api_count_global.php").then().statusCode(200)
                .body("overall.total_num_of_questions", equalTo(total))
                .body("overall.total_num_of_verified_questions", equalTo(total))
                .body("overall.total_num_of_pending_questions", equalTo(0))
                .body("overall.total_num_of_rejected_questions", equalTo(notSupported()))
                .body("categories.size()", equalTo(24))
                .body("categories.'11'.total_num_of_questions", equalTo(total))
                .body("categories.'9'.total_num_of_questions", equalTo(0));
    }

    private static String newToken() {
        return given().when().get("/api_token.php?command=request").then().extract().path("token");
    }

    private static List<String> strings(JsonPath json) {
        List<String> all = new ArrayList<>();
        for (Map<String, Object> q : json.<Map<String, Object>>getList("results")) {
            all.add((String) q.get("question"));
            all.add((String) q.get("correct_answer"));
            for (Object o : (List<?>) q.get("incorrect_answers")) {
                all.add((String) o);
            }
        }
        return all;
    }

    private static String decode(String encode, String s) {
        return switch (encode) {
            case "base64" -> new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
            case "urlLegacy" -> URLDecoder.decode(s, StandardCharsets.UTF_8);
            default -> {
                assertFalse(s.contains("+") || s.contains(" "), s);
                yield URLDecoder.decode(s, StandardCharsets.UTF_8);
            }
        };
    }
}
