package io.cinequiz.question;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stats endpoint: the quality gate's figures for the film, and how each question fares in sessions and rooms. */
@QuarkusTest
class QuestionStatsTest {

    private static final String FILM = "city-of-lost-children";
    private static final String STATS = "/api/v1/films/" + FILM + "/questions/stats";

    @Inject
    QuestionBank bank;

    private static Map<String, Object> play(String questionId) {
        List<Map<String, Object>> play = given().get(STATS).then().statusCode(200).extract().jsonPath().getList("play");
        return play.stream().filter(p -> p.get("questionId").equals(questionId)).findFirst().orElseThrow();
    }

    private static long count(Map<String, Object> play, String field) {
        return ((Number) play.get(field)).longValue();
    }

    @Test
    void statsGiveTheQualityGateFiguresOfTheFilm() {
        JsonPath stats = given().get(STATS).then().statusCode(200)
                .body("quality.passes", equalTo(true))
                .body("quality.stemsNotQuestions", equalTo(0))
                .body("quality.statementsNotSentences", equalTo(0))
                .body("quality.optionsOfAnotherKind", equalTo(0))
                .body("quality.wrongOptionsSharedAcrossKinds", equalTo(0))
                .body("quality.implausibleOptions", equalTo(0))
                .body("quality.clutterFacts", equalTo(0))
                .body("quality.maxStemRepeats", lessThanOrEqualTo(3))
                .body("quality.maxAnswerRepeats", lessThanOrEqualTo(2))
                .body("quality.answersGivenAway", equalTo(0))
                .body("quality.maxGroupSize", lessThanOrEqualTo(3))
                .body("quality.difficultyShares.values()", everyItem(lessThanOrEqualTo(0.5f)))
                .body("quality.offending", empty())
                .extract().jsonPath();
        int questions = stats.getInt("questions");
        assertEquals(questions, stats.getList("play").size(), "one play entry per question");
        assertEquals(bank.matching(q -> q.filmId().equals(FILM)).size(), questions);
    }

    @Test
    void answersInASessionCountPerQuestionWithTheWrongOptionTheyChose() {
        String player = "stats-" + UUID.randomUUID();
        String token;
        String sessionId;
        var created = given().contentType("application/json")
                .body(Map.of("playerId", player, "displayName", "Stats", "film", FILM, "type", "multiple", "amount", 1))
                .when().post("/api/v1/sessions").then().statusCode(201).extract();
        sessionId = created.path("sessionId");
        token = created.path("token");
        String questionId = given().header("Authorization", "Bearer " + token).get("/api/v1/sessions/" + sessionId + "/next")
                .then().statusCode(200).extract().path("question.id");
        Question q = bank.find(questionId).orElseThrow();
        int wrong = (q.correctIndex() + 1) % q.options().size();
        Map<String, Object> before = play(questionId);

        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("questionId", questionId, "choice", wrong))
                .when().post("/api/v1/sessions/" + sessionId + "/answers").then().statusCode(200);

        Map<String, Object> after = play(questionId);
        assertEquals(count(before, "answers") + 1, count(after, "answers"));
        assertEquals(count(before, "correct"), count(after, "correct"));
        assertEquals("multiple", after.get("type"));
        assertEquals(q.difficulty().key(), after.get("difficulty"));
        if (count(before, "answers") == 0) {
            assertEquals(q.options().get(wrong), after.get("topWrongOption"));
            assertEquals(1L, count(after, "topWrongCount"));
            assertEquals(0.0, ((Number) after.get("correctShare")).doubleValue());
        }
    }

    @Test
    void answersInARoomCountPerQuestionRightAndWrong() {
        String room = "stats-room-" + UUID.randomUUID();
        given().contentType("application/json").body(Map.of("film", FILM, "questionSeconds", 60))
                .when().post("/api/v1/rooms/" + room + "/games").then().statusCode(201);
        var round = given().when().post("/api/v1/rooms/" + room + "/games/current/rounds").then().statusCode(201).extract();
        String roundId = round.path("roundId");
        String questionId = round.path("question.id");
        Question q = bank.find(questionId).orElseThrow();
        Map<String, Object> before = play(questionId);

        for (int choice : List.of(q.correctIndex(), (q.correctIndex() + 1) % q.options().size())) {
            given().contentType("application/json")
                    .body(Map.of("playerId", "p-" + UUID.randomUUID(), "displayName", "Player", "choice", choice))
                    .when().post("/api/v1/rooms/" + room + "/games/current/rounds/" + roundId + "/answers")
                    .then().statusCode(200);
        }

        Map<String, Object> after = play(questionId);
        assertEquals(count(before, "answers") + 2, count(after, "answers"));
        assertEquals(count(before, "correct") + 1, count(after, "correct"));
        assertTrue(after.get("topWrongOption") != null);
    }
}
