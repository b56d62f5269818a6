package io.cinequiz.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for display names: any printable Unicode, emoji and symbols included ("🎬 Miette", "Zoë ♥"), normalised to
 * NFC and trimmed, 1 to 32 characters (code points). Refused: control characters, format characters (bidi overrides,
 * zero-width spaces and joiners), every Default_Ignorable_Code_Point of Unicode (variation selectors, the combining
 * grapheme joiner, Hangul fillers, Mongolian selectors, tags...) except inside an emoji sequence (a joiner between
 * emoji; VS15 or VS16 after a character that has an emoji variation sequence or emoji presentation, a keycap base only
 * with the keycap after it; the tags of an RGI subdivision flag) or a variation selector after an ideograph
 * (an ideographic variation sequence), unassigned and private-use code points,
 * lone surrogates, line and paragraph separators, spaces other than U+0020, the blank "filler" letters used to make
 * invisible names, more than three combining marks in a row on one character (counted after canonical decomposition,
 * so a precomposed letter's own marks count), and names with nothing visible.
 *
 * <p>Stored in VARCHAR(64): H2 counts UTF-16 units and PostgreSQL characters, and 32 code points are at most 64 UTF-16
 * units, so every name this accepts fits both.
 */
public final class DisplayNames {

    public static final int MAX_CODE_POINTS = 32;
    /** Letters that render as nothing (Hangul fillers, the blank Braille pattern): invisible names on chat apps. */
    private static final Set<Integer> BLANK_FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int VS15 = 0xFE0E;
    private static final int VS16 = 0xFE0F;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;
    private static final int MAX_MARKS_IN_A_ROW = 3;
    /** Unicode's recommended (RGI) emoji: its basic emoji with VS16 (©️) and keycaps (1️⃣) decide where a VS goes. */
    private static final UnicodeSet RGI_EMOJI = new UnicodeSet("[:RGI_Emoji:]").freeze();
    /** The RGI subdivision flags (🏴 + tag letters + cancel tag): England, Scotland, Wales. */
    private static final UnicodeSet RGI_TAG_SEQUENCES = new UnicodeSet("[:RGI_Emoji_Tag_Sequence:]").freeze();

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
            boolean ignorable = UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            if (ignorable && !inEmojiOrVariationSequence(cps, i)) {
                return "must not contain an invisible character (" + codePoint(cp) + ")"
                        + (isVariationSelector(cp) ? ": a variation selector only follows an emoji or an ideograph"
                                : cp == ZERO_WIDTH_JOINER ? ": a joiner only joins emoji" : "");
            }
            String refused = ignorable ? null : switch (type) {
                case Character.CONTROL -> "a control character";
                case Character.FORMAT -> "an invisible format character (zero-width or bidirectional)";
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
            boolean mark = !ignorable && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK);
            marks = mark ? marks + 1 : ignorable ? marks : 0;
            if (marks > MAX_MARKS_IN_A_ROW) {
                return "must not stack more than " + MAX_MARKS_IN_A_ROW + " combining marks on one character";
            }
            visible |= !mark && !ignorable && cp != ' ';
        }
        if (!visible) {
            return "must contain a visible character";
        }
        return marksInARow(Normalizer.normalize(n, Normalizer.Form.NFD)) > MAX_MARKS_IN_A_ROW
                ? "must not stack more than " + MAX_MARKS_IN_A_ROW + " combining marks on one character" : null;
    }

    /** The longest run of combining marks (default-ignorable code points in between do not break a run). */
    private static int marksInARow(String decomposed) {
        int longest = 0;
        int marks = 0;
        for (int cp : decomposed.codePoints().toArray()) {
            int type = Character.getType(cp);
            boolean ignorable = UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            boolean mark = !ignorable && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK);
            marks = mark ? marks + 1 : ignorable ? marks : 0;
            longest = Math.max(longest, marks);
        }
        return longest;
    }

    /**
     * Whether the default-ignorable code point at {@code at} belongs to a valid sequence: a joiner between two emoji
     * (after any variation selector, skin-tone modifier or tags of the first) as in 👩‍💻; VS15 or VS16 right after a
     * character with Emoji_Presentation or with an emoji variation sequence of Unicode (♥️, ©️), and after a keycap base
     * only when the keycap follows (1️⃣, never "Player1" + VS16); a variation selector of the supplement right after an
     * ideograph; the tag characters of an RGI subdivision flag, 🏴 then tag letters then the cancel tag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
     */
    private static boolean inEmojiOrVariationSequence(int[] cps, int at) {
        int cp = cps[at];
        if (cp == ZERO_WIDTH_JOINER) {
            int before = at - 1;
            while (before >= 0 && (cps[before] == VS16 || isTag(cps[before])
                    || UCharacter.hasBinaryProperty(cps[before], UProperty.EMOJI_MODIFIER))) {
                before--;
            }
            return before >= 0 && at + 1 < cps.length && pictographic(cps[before]) && pictographic(cps[at + 1]);
        }
        if (cp == VS15 || cp == VS16) {
            if (at == 0) {
                return false;
            }
            int base = cps[at - 1];
            String presented = new StringBuilder().appendCodePoint(base).appendCodePoint(VS16).toString();
            return RGI_EMOJI.contains(presented)
                    || at + 1 < cps.length && RGI_EMOJI.contains(presented + Character.toString(cps[at + 1]))
                    || UCharacter.hasBinaryProperty(base, UProperty.EMOJI_PRESENTATION);
        }
        if (cp >= 0xE0100 && cp <= 0xE01EF) {
            return at > 0 && UCharacter.hasBinaryProperty(cps[at - 1], UProperty.UNIFIED_IDEOGRAPH);
        }
        if (isTag(cp)) {
            int start = at;
            while (start > 0 && isTag(cps[start - 1])) {
                start--;
            }
            int end = at;
            while (end + 1 < cps.length && isTag(cps[end + 1])) {
                end++;
            }
            if (start == 0 || cps[start - 1] != BLACK_FLAG || cps[end] != CANCEL_TAG || end == start) {
                return false;
            }
            return RGI_TAG_SEQUENCES.contains(new String(cps, start - 1, end - start + 2));
        }
        return false;
    }

    private static boolean pictographic(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static boolean isVariationSelector(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR);
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
