package io.cinequiz.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for display names: any printable Unicode, emoji and symbols included ("🎬 Miette", "Zoë ♥"), normalised to
 * NFC and trimmed, 1 to 32 characters (code points). Refused: control characters, format characters (bidi overrides,
 * zero-width spaces and joiners, except a joiner inside an emoji sequence), unassigned and private-use code points,
 * lone surrogates, line and paragraph separators, spaces other than U+0020, the blank "filler" letters used to make
 * invisible names, more than three combining marks in a row, and names with nothing visible.
 *
 * <p>Stored in VARCHAR(64): H2 counts UTF-16 units and PostgreSQL characters, and 32 code points are at most 64 UTF-16
 * units, so every name this accepts fits both.
 */
public final class DisplayNames {

    public static final int MAX_CODE_POINTS = 32;
    /** Letters that render as nothing (Hangul fillers, the blank Braille pattern): invisible names on chat apps. */
    private static final Set<Integer> BLANK_FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int MAX_MARKS_IN_A_ROW = 3;

    private DisplayNames() {
    }

    /** The name as stored: NFC, without leading or trailing white space. */
    public static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /** What is wrong with the name (after {@link #normalize}), or null when it is a valid display name. */
    public static String problem(String name) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return "must not be blank";
        }
        int count = n.codePointCount(0, n.length());
        if (count > MAX_CODE_POINTS) {
            return "must be at most " + MAX_CODE_POINTS + " characters (it has " + count + ")";
        }
        int[] cps = n.codePoints().toArray();
        boolean visible = false;
        int marks = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int type = Character.getType(cp);
            String refused = switch (type) {
                case Character.CONTROL -> "a control character";
                case Character.FORMAT -> cp == ZERO_WIDTH_JOINER && joinsEmoji(cps, i) ? null
                        : "an invisible format character (zero-width or bidirectional)";
                case Character.UNASSIGNED -> "an unassigned code point";
                case Character.PRIVATE_USE -> "a private-use character";
                case Character.SURROGATE -> "a lone surrogate";
                case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "a line break";
                case Character.SPACE_SEPARATOR -> cp == ' ' ? null : "a space other than the ordinary one";
                default -> BLANK_FILLERS.contains(cp) ? "an invisible filler character" : null;
            };
            if (refused != null) {
                return "must not contain " + refused + " (" + codePoint(cp) + ")";
            }
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            marks = mark ? marks + 1 : 0;
            if (marks > MAX_MARKS_IN_A_ROW) {
                return "must not stack more than " + MAX_MARKS_IN_A_ROW + " combining marks on one character";
            }
            visible |= !mark && cp != ' ' && cp != ZERO_WIDTH_JOINER;
        }
        return visible ? null : "must contain a visible character";
    }

    /** A joiner between two pictographic symbols (after any variation selector or skin-tone modifier): 👩‍💻. */
    private static boolean joinsEmoji(int[] cps, int at) {
        int before = at - 1;
        while (before >= 0 && (cps[before] == 0xFE0F || (cps[before] >= 0x1F3FB && cps[before] <= 0x1F3FF))) {
            before--;
        }
        return before >= 0 && at + 1 < cps.length && Character.getType(cps[before]) == Character.OTHER_SYMBOL
                && Character.getType(cps[at + 1]) == Character.OTHER_SYMBOL;
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
