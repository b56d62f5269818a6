package io.cinequiz.fairplay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The review's attack on scored play, as a script would run it: take each question a session serves and look its id up
 * through every public endpoint (the answer check, the question API, the three exports, OpenTDB with ext=1) to find the
 * correct option; guess when nothing knows the id. Served ids and option orders belong to that session alone, so the
 * script scores what guessing scores; with the bank ids (revealed after each answer) the same lookups would have
 * scored every question.
 */
@QuarkusTest
class AnswerKeyTest {

    private static final String FILM = "city-of-lost-children";
    /** Questions the script answers: enough that a chance-level bound is far from a cheater's every one. */
    private static final int QUESTIONS = 150;

    /** What the script knows from the public endpoints before it plays: raw exports and OpenTDB's answers by id. */
    private record PublicKnowledge(List<String> exports, Map<String, String> openTdbAnswers) {

        static PublicKnowledge gather() {
            List<String> exports = List.of("red", "opentdb", "csv").stream()
                    .map(f -> given().get("/api/v1/films/" + FILM + "/export?format=" + f).then().statusCode(200)
                            .extract().asString())
                    .toList();
            Map<String, String> answers = new HashMap<>();
            for (int i = 0; i < 20; i++) {
                List<Map<String, Object>> results = given().get("/api.php?amount=50&ext=1&encode=url3986").then()
                        .statusCode(200).extract().jsonPath().getList("results");
                for (Map<String, Object> r : results) {
                    answers.put((String) r.get("id"), java.net.URLDecoder.decode((String) r.get("correct_answer"),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return new PublicKnowledge(exports, answers);
        }

        /** The correct answer's text, if any public endpoint resolves this id. */
        Optional<String> lookUp(String id) {
            ExtractableResponse<Response> check = given().contentType("application/json").body(Map.of("choice", 0))
                    .post("/api/v1/questions/" + id + "/check").then().extract();
            if (check.statusCode() == 200) {
                return Optional.of(check.path("correctAnswer"));
            }
            if (given().get("/api/v1/questions/" + id).statusCode() == 200 || exports.stream().anyMatch(e -> e.contains(id))) {
                return Optional.of("?"); // known, though the script would still have to read the answer out
            }
            return Optional.ofNullable(openTdbAnswers.get(id));
        }
    }

    @Test
    void aSessionPlayedByLookingUpServedIdsScoresNoBetterThanChance() {
        PublicKnowledge knowledge = PublicKnowledge.gather();
        int served = 0;
        int correct = 0;
        int resolved = 0;
        double expectedByChance = 0;
        double variance = 0;
        int resolvedByBankId = 0;
        while (served < QUESTIONS) { // a session of a new player each time: a player's pool is one film's facts
            ExtractableResponse<Response> created = TestClients.player().given().contentType("application/json")
                    .body(Map.of("displayName", "Script", "film", FILM, "amount", Math.min(50, QUESTIONS - served)))
                    .post("/api/v1/sessions").then().statusCode(201).extract();
            String path = "/api/v1/sessions/" + created.path("sessionId");
            String token = created.path("token");
            // nothing about the questions to come is shown before they are served
            given().header("Authorization", "Bearer " + token).get(path).then().statusCode(200)
                    .body("results", hasSize(0));
            int total = created.path("total");
            for (int i = 0; i < total; i++) {
                ExtractableResponse<Response> next = given().header("Authorization", "Bearer " + token)
                        .get(path + "/next").then().statusCode(200).extract();
                String id = next.path("question.id");
                List<String> options = next.path("question.options");
                Optional<String> known = knowledge.lookUp(id);
                int choice = known.map(options::indexOf).filter(c -> c >= 0).orElse(0); // else: guess the first
                resolved += known.isPresent() ? 1 : 0;
                ExtractableResponse<Response> result = given().header("Authorization", "Bearer " + token)
                        .contentType("application/json").body(Map.of("questionId", id, "choice", choice))
                        .post(path + "/answers").then().statusCode(200).extract();
                served++;
                correct += Boolean.TRUE.equals(result.path("correct")) ? 1 : 0;
                double p = 1.0 / options.size();
                expectedByChance += p;
                variance += p * (1 - p);
                // the same lookups with the bank id, which comes with the reveal, would have found the answer
                String bankId = result.path("bankQuestionId");
                assertFalse(bankId.equals(id), "served under its bank id: " + id);
                if (knowledge.lookUp(bankId).filter(a -> a.equals(result.path("correctAnswer"))).isPresent()) {
                    resolvedByBankId++;
                }
            }
        }
        assertEquals(QUESTIONS, served);
        assertEquals(0, resolved, "no public endpoint resolves a served id");
        assertEquals(served, resolvedByBankId, "the lookups work: with bank ids they would have scored every question");
        double bound = expectedByChance + 5 * Math.sqrt(variance);
        assertTrue(correct <= bound, "correct " + correct + " of " + served + "; chance gives " + expectedByChance
                + ", 5 standard deviations above is " + bound);
        assertTrue(bound < 0.7 * served, "the bound is far from a cheater's " + served + ": " + bound);
    }

    @Test
    void aRoomRoundsQuestionIdResolvesNowhereAndTheBankIdComesWithTheReveal() {
        PublicKnowledge knowledge = PublicKnowledge.gather();
        TestClients.Client bot = TestClients.client("rooms");
        String room = "/api/v1/rooms/key-test-" + System.nanoTime() + "/games";
        bot.given().contentType("application/json").body(Map.of("film", FILM, "targetScore", 1000))
                .post(room).then().statusCode(201);
        for (int i = 0; i < 10; i++) {
            ExtractableResponse<Response> round = bot.given().post(room + "/current/rounds").then().statusCode(201)
                    .extract();
            String id = round.path("question.id");
            assertEquals(round.path("roundId"), id, "a round serves its question under the round's id");
            assertEquals(Optional.empty(), knowledge.lookUp(id));
            String path = room + "/current/rounds/" + id;
            bot.given().get(path).then().statusCode(200).body("bankQuestionId", org.hamcrest.Matchers.nullValue());
            bot.given().contentType("application/json")
                    .body(Map.of("playerId", "u-1", "displayName", "One", "choice", 0)).post(path + "/answers")
                    .then().statusCode(200);
            bot.given().delete(room + "/current").then().statusCode(200); // closes the round: the reveal
            String bankId = bot.given().get(path).then().statusCode(200).extract().path("bankQuestionId");
            assertTrue(knowledge.lookUp(bankId).isPresent(), "the bank id resolves: " + bankId);
            bot.given().contentType("application/json").body(Map.of("film", FILM, "targetScore", 1000))
                    .post(room).then().statusCode(201);
        }
    }
}
