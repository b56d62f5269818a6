package io.cinequiz.names;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.security.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of issue 16 through the API, on whichever database the suite runs on: each gets its documented answer
 * (201 with the name as stored, or a 400 naming the field), and no input is a 500.
 */
@QuarkusTest
class NameExamplesTest {


    private static Response start(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("playerId", "names-" + System.nanoTime(),
                "displayName", "Miette", "film", "city-of-lost-children", "amount", 1));
        body.putAll(overrides);
        return TestClients.shared("play").given().contentType("application/json").body(body).when().post("/api/v1/sessions");
    }

    static Stream<Arguments> displayNames() {
        return Stream.of(
                Arguments.of("🎬 Miette", 201, "🎬 Miette"),
                Arguments.of("Zoë ♥", 201, "Zoë ♥"),
                Arguments.of("Zoe\u0308 ♥", 201, "Zoë ♥"),
                Arguments.of("\uD835\uDC00".repeat(17), 201, "\uD835\uDC00".repeat(17)),
                Arguments.of("\uD835\uDC00".repeat(32), 201, "\uD835\uDC00".repeat(32)),
                Arguments.of("\uD835\uDC00".repeat(33), 400, null),
                Arguments.of("Miette is a cheater", 201, "Miette is a cheater"),
                Arguments.of("Mi\u200Bette", 400, null),
                Arguments.of("\u202Eetteim", 400, null),
                Arguments.of("Mi\u0000ette", 400, null),
                Arguments.of("Mi\uD800ette", 400, null),
                Arguments.of("\u3164", 400, null),
                // review round 1, L2: invisible default-ignorables refused, emoji sequences kept
                Arguments.of("A\uFE0F", 400, null),
                Arguments.of("Mi\u034Fette", 400, null),
                Arguments.of("Mi\u180Bette", 400, null),
                Arguments.of("\uFFA0", 400, null),
                Arguments.of("👩\u200D👩\u200D👧", 201, "👩\u200D👩\u200D👧"),
                Arguments.of("1\uFE0F\u20E3", 201, "1\uFE0F\u20E3"),
                Arguments.of("🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", 201,
                        "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F"),
                // review round 2, L4
                Arguments.of("Player1\uFE0F", 400, null),
                Arguments.of("Ada#\uFE0F", 400, null),
                Arguments.of("Ada©\uFE0F", 201, "Ada©\uFE0F"),
                Arguments.of("Ada🏴" + "\uDB40\uDC78".repeat(3) + "\uDB40\uDC7F", 400, null),
                Arguments.of("\u1E17\u0301\u0302\u0303", 400, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("displayNames")
    void displayNameGetsItsDocumentedAnswer(String name, int status, String stored) {
        Response r = start(Map.of("displayName", name));
        r.then().statusCode(status);
        if (status == 201) {
            r.then().body("displayName", equalTo(stored));
        } else {
            r.then().body("errors[0].field", equalTo("displayName"));
        }
    }

    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of("playerId", "u-81", 201),
                Arguments.of("playerId", "u\u200B81", 400), // zero-width
                Arguments.of("playerId", "u-\u202E18", 400), // bidi override
                Arguments.of("playerId", "u-8\u0001", 400), // control
                Arguments.of("playerId", "\u043C\u0456\u0435tte", 400), // Cyrillic look-alikes of "miette"
                Arguments.of("playerId", "other:u-81", 400), // another namespace
                Arguments.of("community", "guild-7", 201),
                Arguments.of("community", "guild\u200B7", 400),
                Arguments.of("community", "gu\u0456ld-7", 400));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource("ids")
    void idsTakeASafeCharacterSet(String field, String value, int status) {
        Response r = start(Map.of(field, value));
        r.then().statusCode(status);
        if (status == 400) {
            r.then().body("errors[0].field", equalTo(field));
        }
    }

    /** Random strings from every Unicode plane and category: each is a 201 or a 400, never anything else. */
    @Test
    void noNameIsA500() {
        Random random = new Random(16);
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> random.nextInt(0x3000);
                    case 2 -> 0x1F300 + random.nextInt(0x700);
                    default -> random.nextInt(0x110000);
                };
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    name.append((char) cp); // a lone surrogate
                } else {
                    name.appendCodePoint(cp);
                }
            }
            int status = start(Map.of("displayName", name.toString())).statusCode();
            assertTrue(status == 201 || status == 400, "status " + status + " for " + name.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}
