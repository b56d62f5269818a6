package io.cinequiz.question;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.security.TestClients;
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

    /**
     * The bank question a play served: the one with the served text and options (a play serves it under an id, and with
     * its options in an order, of its own).
     */
    private Question served(String text, List<String> options) {
        return bank.matching(q -> (q.stem().equals(text) || q.shortStem().equals(text))
                && q.options().size() == options.size() && options.containsAll(q.options())).get(0);
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
        var created = TestClients.shared("play").given().contentType("application/json")
                .body(Map.of("playerId", player, "displayName", "Stats", "film", FILM, "type", "multiple", "amount", 1))
                .when().post("/api/v1/sessions").then().statusCode(201).extract();
        sessionId = created.path("sessionId");
        token = created.path("token");
        var next = given().header("Authorization", "Bearer " + token).get("/api/v1/sessions/" + sessionId + "/next")
                .then().statusCode(200).extract();
        String servedId = next.path("question.id");
        List<String> shown = next.path("question.options");
        Question q = served(next.path("question.question"), shown);
        int wrong = shown.indexOf(q.options().get((q.correctIndex() + 1) % q.options().size())); // as the play shows it
        Map<String, Object> before = play(q.id());

        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("questionId", servedId, "choice", wrong))
                .when().post("/api/v1/sessions/" + sessionId + "/answers").then().statusCode(200)
                .body("correct", equalTo(false)).body("bankQuestionId", equalTo(q.id()));

        // recorded against the bank question and its option, whatever order the play showed
        Map<String, Object> after = play(q.id());
        assertEquals(count(before, "answers") + 1, count(after, "answers"));
        assertEquals(count(before, "correct"), count(after, "correct"));
        assertEquals("multiple", after.get("type"));
        assertEquals(q.difficulty().key(), after.get("difficulty"));
        if (count(before, "answers") == 0) {
            assertEquals(shown.get(wrong), after.get("topWrongOption"));
            assertEquals(1L, count(after, "topWrongCount"));
            assertEquals(0.0, ((Number) after.get("correctShare")).doubleValue());
        }
    }

    /**
     * Room answers count in the public stats once their round has closed, not before: while it is open, the stats
     * would tell the other players of the room what was answered, and which option is right once a few answered.
     */
    @Test
    void answersInARoomCountPerQuestionRightAndWrongOnceTheRoundCloses() {
        String room = "stats-room-" + UUID.randomUUID();
        TestClients.Client bot = TestClients.shared("rooms");
        bot.given().contentType("application/json").body(Map.of("film", FILM, "questionSeconds", 20))
                .when().post("/api/v1/rooms/" + room + "/games").then().statusCode(201);
        var round = bot.given().when().post("/api/v1/rooms/" + room + "/games/current/rounds").then().statusCode(201)
                .extract();
        String roundId = round.path("roundId");
        List<String> shown = round.path("question.options");
        Question q = served(round.path("question.question"), shown);
        Map<String, Object> before = play(q.id());

        for (int bankChoice : List.of(q.correctIndex(), (q.correctIndex() + 1) % q.options().size())) {
            int choice = shown.indexOf(q.options().get(bankChoice));
            bot.given().contentType("application/json")
                    .body(Map.of("playerId", "p-" + UUID.randomUUID(), "displayName", "Player", "choice", choice))
                    .when().post("/api/v1/rooms/" + room + "/games/current/rounds/" + roundId + "/answers")
                    .then().statusCode(200);
        }

        Map<String, Object> open = play(q.id());
        assertEquals(count(before, "answers"), count(open, "answers"), "the round is open: nothing counted yet");
        assertEquals(count(before, "correct"), count(open, "correct"));
        assertEquals(before.get("topWrongOption"), open.get("topWrongOption"));
        assertEquals(count(before, "topWrongCount"), count(open, "topWrongCount"));

        bot.given().when().delete("/api/v1/rooms/" + room + "/games/current").then().statusCode(200); // closes it
        Map<String, Object> after = play(q.id());
        assertEquals(count(before, "answers") + 2, count(after, "answers"));
        assertEquals(count(before, "correct") + 1, count(after, "correct"));
        assertTrue(after.get("topWrongOption") != null);
    }
}
