package io.cinequiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reference web page (src/main/resources/META-INF/resources): served at {@code /} with its assets, cached briefly,
 * and self-contained (no request to another origin). e2e/play.mjs plays it in a browser.
 */
@QuarkusTest
class WebPageTest {

    private static final List<String> FILES = List.of("/", "/index.html", "/app.js", "/style.css");
    /** An absolute or protocol-relative URL, or a CSS import: anything that would load from another origin. */
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?i)(?:https?:|[\"'(=]\\s*//[a-z0-9]|@import|url\\(\\s*[\"']?(?:https?:)?//)");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void rootServesThePageAsHtml() {
        given().when().get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>cinequiz</title>"))
                .body(containsString("<script src=\"app.js\" defer></script>"))
                .body(containsString("<link rel=\"stylesheet\" href=\"style.css\">"))
                .body(containsString("aria-live=\"polite\""));
    }

    @Test
    void scriptAndStylesheetAreServedWithTheirTypes() {
        given().when().get("/app.js").then().statusCode(200).contentType(startsWith("text/javascript"))
                .body(containsString("/sessions"));
        given().when().get("/style.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString("@media"));
    }

    @Test
    void everyFileThePageReferencesIsServed() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        List<String> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(html);
        while (m.find()) {
            references.add(m.group(1));
        }
        assertTrue(references.containsAll(List.of("app.js", "style.css")), "references: " + references);
        for (String reference : references) {
            if (reference.startsWith("data:")) {
                continue; // inline (the empty favicon, so that the browser asks for none)
            }
            assertFalse(reference.startsWith("/") || reference.contains(":"), reference + " is not relative to the page");
            given().when().get("/" + reference).then().statusCode(200);
        }
    }

    @Test
    void pageLoadsNothingFromAnotherOrigin() {
        for (String file : FILES) {
            String body = given().when().get(file).then().statusCode(200).extract().asString();
            Matcher m = EXTERNAL.matcher(body);
            assertFalse(m.find(), () -> file + " refers to another origin: ..." + body.substring(Math.max(0, m.start() - 40),
                    Math.min(body.length(), m.end() + 40)) + "...");
        }
    }

    @Test
    void pageAllowsOnlyItsOwnOrigin() {
        for (String page : List.of("/", "/index.html")) {
            given().when().get(page)
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void staticFilesAreCachedForTenMinutes() {
        for (String file : FILES) {
            given().when().get(file).then().statusCode(200).header("Cache-Control", containsString("max-age=600"));
        }
    }

    @Test
    void scriptWritesNoHtmlFromData() {
        String script = given().when().get("/app.js").then().statusCode(200).extract().asString();
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
            assertFalse(script.contains(sink), "app.js uses " + sink);
        }
    }

    @Test
    void apiAndSwaggerUiAreLeftAlone() {
        // The page is at the root; the API gets none of its headers, and the Swagger UI (whose page has inline
        // scripts) a policy of its own that allows them (review L6; HardeningTest checks the rest of it).
        given().when().get("/api/v1/info").then().statusCode(200).contentType("application/json")
                .header("Content-Security-Policy", nullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline'"));
        assertEquals(404, given().when().get("/no-such-page.html").then().extract().statusCode());
    }
}
