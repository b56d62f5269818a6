package io.cinequiz.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The display name rule on its own: every example of issue 16 and the characters around them. */
class DisplayNamesTest {

    /** Names that are accepted, and what they are stored as. */
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("Miette", "Miette"),
                Arguments.of("🎬 Miette", "🎬 Miette"),
                Arguments.of("Zoë ♥", "Zoë ♥"),
                Arguments.of("Zoe\u0308 ♥", "Zoë ♥"), // decomposed ë: stored composed (NFC)
                Arguments.of("  Krank the Inventor  ", "Krank the Inventor"),
                Arguments.of("\uD835\uDC00".repeat(17), "\uD835\uDC00".repeat(17)), // 17 x U+1D400: a 500 before
                Arguments.of("\uD835\uDC00".repeat(32), "\uD835\uDC00".repeat(32)), // 64 UTF-16 units
                Arguments.of("a".repeat(32), "a".repeat(32)),
                Arguments.of("Jean-Pierre O'Neil_2.0", "Jean-Pierre O'Neil_2.0"),
                Arguments.of("Miette<script>", "Miette<script>"), // shown as text everywhere: harmless
                Arguments.of("Miette;", "Miette;"),
                Arguments.of("ミエット", "ミエット"),
                Arguments.of("Мьетта", "Мьетта"),
                Arguments.of("मिएट", "मिएट"),
                Arguments.of("👩\u200D💻 Dev", "👩\u200D💻 Dev"), // a joiner inside an emoji sequence
                Arguments.of("👍🏽", "👍🏽"),
                Arguments.of("♥\uFE0F", "♥\uFE0F"),
                // emoji sequences whose invisible parts are allowed (review round 1, L2)
                Arguments.of("👩\u200D👩\u200D👧", "👩\u200D👩\u200D👧"), // a family: joiners between emoji
                Arguments.of("1\uFE0F\u20E3", "1\uFE0F\u20E3"), // keycap 1️⃣
                Arguments.of("#\uFE0F\u20E3 Team", "#\uFE0F\u20E3 Team"),
                Arguments.of("🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
                        "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F"), // Scotland
                Arguments.of("☺\uFE0E Ada", "☺\uFE0E Ada"), // VS15: text presentation of an emoji
                Arguments.of("❤\uFE0F\u200D🔥", "❤\uFE0F\u200D🔥"), // heart on fire
                Arguments.of("👩🏽\u200D💻", "👩🏽\u200D💻"),
                Arguments.of("\u845B\uDB40\uDD00", "\u845B\uDB40\uDD00"), // an ideographic variation sequence
                // review round 2, L4: emoji variation sequences of Unicode, RGI flags, marks within the cap
                Arguments.of("Ada©\uFE0F", "Ada©\uFE0F"), // © has an emoji variation sequence
                Arguments.of("⌚\uFE0E", "⌚\uFE0E"), // a watch shown as text
                Arguments.of("*\uFE0F\u20E3", "*\uFE0F\u20E3"), // keycap asterisk
                Arguments.of("🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
                        "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F"), // England
                Arguments.of("\u1EC7", "\u1EC7"), // ệ: two marks once decomposed
                Arguments.of("\u1E17\u0301", "\u1E17\u0301")); // ḗ (two marks) plus one: three
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptsPrintableNames(String name, String stored) {
        assertNull(DisplayNames.problem(name), name);
        assertEquals(stored, DisplayNames.normalize(name));
    }

    static Stream<String> refused() {
        return Stream.of(
                "", "   ",
                "a".repeat(33),
                "\uD835\uDC00".repeat(33),
                "Mi\u200Bette", // zero-width space
                "Mi\u200Dette", // zero-width joiner between letters
                "Mi\u2060ette", // word joiner
                "\uFEFFMiette", // byte order mark
                "\u202Eetteim", // right-to-left override
                "Miette\u2066x\u2069", // isolates
                "Mi\u0000ette", "Mi\u0007ette", "One\nTwo", "Tab\there", "\u0085Next",
                "Mi\uD800ette", // lone surrogate
                "\uE000Miette", // private use
                "\u0378Miette", // unassigned
                "Mi\u00A0ette", // no-break space
                "Mi\u3000ette", // ideographic space
                "Line\u2028break",
                "\u3164", "\u3164\u3164", "\u2800", // blank fillers: invisible names
                "x\u0300\u0301\u0302\u0303", // four combining marks on one letter (x composes with none)
                "\u0301\u0301",
                // default-ignorable code points outside an emoji sequence (review round 1, L2)
                "A\uFE0F", "Miette\uFE0F", "A\uFE0E", "A\uFE00", // variation selectors after a letter
                "\u2764\uFE0F\uFE0F", // a second selector
                "A\u034F", "Mi\u034Fette", // combining grapheme joiner
                "\u115F", "\u1160", "A\u1160", "\uFFA0", "Mi\uFFA0ette", "Mi\u3164ette", // Hangul fillers
                "Mi\u180Bette", "Mi\u180Eette", "Mi\u180Fette", // Mongolian selectors and vowel separator
                "Mi\u00ADette", // soft hyphen
                "Miette\uDB40\uDC61", // a tag after a letter
                "🏴\uDB40\uDC67\uDB40\uDC62", // flag tags without the cancel tag
                "A\uDB40\uDC67\uDB40\uDC7F", // tags after a letter
                "🏴\uDB40\uDC7F", // a cancel tag alone
                "Mi\uDB40\uDC01ette", // language tag
                "A\uDB40\uDD00", // an ideographic variation selector after a letter
                "👩\u200D", "\u200D👩", "A\u200D👩", // joiners not between two emoji
                // review round 2, L4: a VS after a keycap base with no keycap, non-RGI tags, decomposed mark stacks
                "Player1\uFE0F", "Player1\uFE0E", "Ada#\uFE0F", "Ada*\uFE0F", "1\uFE0F",
                "Ada🏴" + "\uDB40\uDC78".repeat(3) + "\uDB40\uDC7F", // tags that form no RGI flag
                "🏴" + "\uDB40\uDC61".repeat(28) + "\uDB40\uDC7F", // a hidden payload of tags
                "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7A\uDB40\uDC7A\uDB40\uDC7A\uDB40\uDC7F", // gbzzz
                "\u1E17\u0301\u0302\u0303", // ḗ carries two marks: five in all
                "e\u0301\u0302\u0303\u0304"); // e and four marks (NFC merges the first into é)
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("refused")
    void refusesInvisibleControlAndOversizedNames(String name) {
        assertNotNull(DisplayNames.problem(name), name);
    }
}
