package io.cinequiz.catalog;

import static io.cinequiz.problem.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read-only film API over the catalogue loaded at start-up from {@code seeds/city-of-lost-children}: five
 * source documents about The City of Lost Children (1995), which disagree about the film's US gross.
 */
@QuarkusTest
class FilmResourceTest {

    private static final String FILMS = "/api/v1/films";
    private static final String FILM = FILMS + "/city-of-lost-children";
    private static final String THE_FILM = "find { it.id == 'city-of-lost-children' }";
    /** The plot summary: it loses every contest it enters, so it is the least trusted source. */
    private static final String SUMMARY_SOURCE = "004_0900b794d3a0f379.txt";

    @Test
    void listShowsTheSeededFilmWithItsCatalogueSize() {
        given()
                .when().get(FILMS)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body(THE_FILM + ".title", equalTo("The City of Lost Children"))
                .body(THE_FILM + ".originalTitle", equalTo("La Cité des enfants perdus"))
                .body(THE_FILM + ".year", equalTo(1995))
                .body(THE_FILM + ".aliases", hasItems("City of Lost Children"))
                .body(THE_FILM + ".sources", equalTo(5))
                .body(THE_FILM + ".claims", greaterThanOrEqualTo(80))
                .body(THE_FILM + ".facts.SUPPORTED", greaterThan(0))
                .body(THE_FILM + ".facts.DISPUTED", greaterThanOrEqualTo(1));
    }

    @Test
    void listCountsFactsForEveryVerdict() {
        given()
                .when().get(FILMS)
                .then()
                .statusCode(200)
                .body(THE_FILM + ".facts.keySet()",
                        hasItems("SUPPORTED", "DISPUTED", "REFUTED", "NOT_ENOUGH_INFO", "REJECTED"));
    }

    @Test
    void filmIsFoundById() {
        given()
                .when().get(FILM)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo("city-of-lost-children"))
                .body("title", equalTo("The City of Lost Children"))
                .body("originalTitle", equalTo("La Cité des enfants perdus"))
                .body("year", equalTo(1995))
                .body("sources", equalTo(5))
                .body("claims", greaterThanOrEqualTo(80))
                .body("facts.SUPPORTED", greaterThan(0))
                .body("facts.DISPUTED", greaterThanOrEqualTo(1));
    }

    @Test
    void unknownFilmIsNotFoundProblem() {
        given()
                .when().get(FILMS + "/nope")
                .then()
                .spec(problem(404, "not-found"))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("'nope'"))
                .body("instance", equalTo(FILMS + "/nope"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "facts", "sources", "verification" })
    void unknownFilmIsNotFoundProblemOnEverySubResource(String sub) {
        given()
                .when().get(FILMS + "/nope/" + sub)
                .then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("'nope'"))
                .body("instance", equalTo(FILMS + "/nope/" + sub));
    }

    @Test
    void unknownFilmIsNotFoundEvenWithAnInvalidFilter() {
        given()
                .queryParam("verdict", "bogus")
                .when().get(FILMS + "/nope/facts")
                .then()
                .spec(problem(404, "not-found"));
    }

    @Test
    void everyFactCarriesItsVerdictReasonAndQuotedEvidence() {
        List<Map<String, Object>> facts = given()
                .when().get(FILM + "/facts")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("$", not(empty()))
                .body("id", everyItem(notNullValue()))
                .body("predicate", everyItem(notNullValue()))
                .body("category", everyItem(notNullValue()))
                .body("value", everyItem(notNullValue()))
                .body("verdict", everyItem(notNullValue()))
                .body("reason", everyItem(notNullValue()))
                .extract().jsonPath().getList("$");

        for (Map<String, Object> fact : facts) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> supporting = (List<Map<String, Object>>) fact.get("supporting");
            assertFalse(supporting.isEmpty(), () -> "fact " + fact.get("id") + " has no supporting claim");
            for (Map<String, Object> evidence : supporting) {
                assertAll("evidence of fact " + fact.get("id"),
                        () -> assertNotBlank(evidence.get("sourceId")),
                        () -> assertNotBlank(evidence.get("sourceTitle")),
                        () -> assertNotBlank(evidence.get("quote")));
            }
        }
    }

    @Test
    void verdictFilterKeepsOnlyThatVerdict() {
        int supported = given().get(FILM).then().statusCode(200).extract().path("facts.SUPPORTED");

        given()
                .queryParam("verdict", "supported")
                .when().get(FILM + "/facts")
                .then()
                .statusCode(200)
                .body("$", hasSize(supported))
                .body("verdict", everyItem(equalTo("SUPPORTED")));
    }

    @Test
    void verdictFilterIgnoresCase() {
        given()
                .queryParam("verdict", "SUPPORTED")
                .when().get(FILM + "/facts")
                .then()
                .statusCode(200)
                .body("$", not(empty()))
                .body("verdict", everyItem(equalTo("SUPPORTED")));
    }

    @Test
    void disputedUsGrossShowsBothValuesEachOpposingTheOther() {
        given()
                .queryParam("predicate", "gross")
                .when().get(FILM + "/facts")
                .then()
                .statusCode(200)
                .body("predicate", everyItem(equalTo("gross")))
                .body("findAll { it.subject == 'USA' }.value", hasItems("$1.7 million", "$1,513,028"))
                .body("find { it.value == '$1.7 million' }.verdict", equalTo("DISPUTED"))
                .body("find { it.value == '$1,513,028' }.verdict", equalTo("DISPUTED"))
                .body("find { it.value == '$1.7 million' }.opposing.value", hasItems("$1,513,028"))
                .body("find { it.value == '$1,513,028' }.opposing.value", hasItems("$1.7 million"));
    }

    @Test
    void predicateFilterIgnoresCase() {
        given()
                .queryParam("predicate", "GROSS")
                .when().get(FILM + "/facts")
                .then()
                .statusCode(200)
                .body("$", not(empty()))
                .body("predicate", everyItem(equalTo("gross")));
    }

    @Test
    void gaultierIsTheSupportedCostumeDesigner() {
        given()
                .queryParam("predicate", "costume_designer")
                .when().get(FILM + "/facts")
                .then()
                .statusCode(200)
                .body("find { it.value == 'Jean-Paul Gaultier' }.verdict", equalTo("SUPPORTED"))
                .body("find { it.value == 'Jean-Paul Gaultier' }.category", equalTo("crew"))
                .body("find { it.value == 'Jean-Paul Gaultier' }.supporting", not(empty()));
    }

    @Test
    void unknownVerdictIsBadRequestProblemListingTheVerdicts() {
        given()
                .queryParam("verdict", "bogus")
                .when().get(FILM + "/facts")
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", containsString("'bogus'"))
                .body("detail", containsString("supported, disputed, refuted, not_enough_info, rejected"));
    }

    @Test
    void unknownPredicateIsBadRequestProblemListingThePredicates() {
        given()
                .queryParam("predicate", "bogus")
                .when().get(FILM + "/facts")
                .then()
                .spec(problem(400, "bad-request"))
                .body("detail", containsString("'bogus'"))
                .body("detail", containsString("directed_by"))
                .body("detail", containsString("gross"))
                .body("detail", containsString("costume_designer"));
    }

    @Test
    void sourcesAreRankedByTheTrustTheyEarned() {
        given()
                .when().get(FILM + "/sources")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(5))
                .body("id", everyItem(notNullValue()))
                .body("kind", everyItem(notNullValue()))
                .body("title", everyItem(notNullValue()))
                .body("trust", everyItem(greaterThan(0f)))
                .body("trust", everyItem(lessThan(1f)))
                .body("trustRank", contains(1, 2, 3, 4, 5))
                .body("claims", everyItem(greaterThan(0)))
                .body("contestsWon", everyItem(greaterThanOrEqualTo(0)))
                .body("contestsLost", everyItem(greaterThanOrEqualTo(0)));
    }

    @Test
    void sourcesAreListedMostTrustedFirst() {
        List<Float> trust = given().get(FILM + "/sources").then().statusCode(200).extract().path("trust");
        for (int i = 1; i < trust.size(); i++) {
            assertTrue(trust.get(i - 1) >= trust.get(i), "trust " + trust + " is not in descending order");
        }
    }

    @Test
    void plotSummaryIsTheLeastTrustedSource() {
        String summary = "find { it.id == '" + SUMMARY_SOURCE + "' }";
        given()
                .when().get(FILM + "/sources")
                .then()
                .statusCode(200)
                .body(summary + ".kind", equalTo("summary"))
                .body(summary + ".trustRank", equalTo(5))
                .body(summary + ".contestsLost", greaterThan(0));
    }

    @Test
    void verificationReportCountsVerdictsAndShowsTheGrossDispute() {
        String gross = "disputes.find { it.predicate == 'gross' && it.subject == 'USA' }";
        given()
                .when().get(FILM + "/verification")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("filmId", equalTo("city-of-lost-children"))
                .body("claims", greaterThanOrEqualTo(80))
                .body("verdicts.SUPPORTED", greaterThan(0))
                .body("verdicts.DISPUTED", greaterThanOrEqualTo(1))
                .body(gross, notNullValue())
                .body(gross + ".sides", hasSize(2))
                .body(gross + ".sides.value", hasItems("$1.7 million", "$1,513,028"))
                .body("rejected", is(instanceOf(List.class)))
                .body("sourcesByTrust", hasSize(5))
                .body("sourcesByTrust.trustRank", contains(1, 2, 3, 4, 5));
    }

    @Test
    void verificationCountsAgreeWithTheFilm() {
        Map<String, Integer> filmCounts = given().get(FILM).then().statusCode(200).extract().path("facts");
        Map<String, Integer> reportCounts = given().get(FILM + "/verification").then().statusCode(200)
                .extract().path("verdicts");
        int facts = given().get(FILM + "/verification").then().extract().path("facts");

        assertEquals(filmCounts, reportCounts);
        assertEquals(facts, reportCounts.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static void assertNotBlank(Object value) {
        assertTrue(value instanceof String s && !s.isBlank(), () -> "expected a non-blank string, got " + value);
    }
}
