package io.cinequiz.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one item is asked: a predicate's generic phrasing shipped with the service ({@code questions/predicates.yaml}),
 * overridden field by field by a film's own ({@code seeds/<film>/questions.yaml}). Placeholders: {@code {film}} (the
 * title, or "the film"), {@code {subject}}, {@code {answer}}, {@code a {answer}} (the article follows the answer) and
 * {@code {s}} (a plural "s" unless the answer is one). A null field is "not set here".
 *
 * @param kind      what kind of thing the answer is: a role of the people table, {@code character}, {@code cast_member},
 *                  a value type for numbers and dates, or a pool of texts; wrong options are of this kind only
 * @param questions multiple-choice stems, one per value of a multi-valued item (the most prominent value first); none
 *                  means the item is asked as true or false only
 * @param statement the sentence a true/false item asks about, and the reveal of the answer
 * @param negation  the same sentence denied, for revealing that a false statement is false
 * @param worthy    whether the item is worth asking at all; {@code reason} says why not
 * @param display   how an answer is written in a question, by the value the sources give
 * @param exclude   texts never offered as wrong options here (true in the film though no source says so)
 * @param group     facts of items with the same group give each other away: never served together
 * @param wordings  the item's values are several wordings of one thing: asked once in each form
 * @param coveredBy predicates whose fact with the same value already asks this one
 * @param trueFalse whether a true/false question is made (default yes)
 * @param family    the family of the kind's pool the answer belongs to, when no pool entry names the answer: wrong
 *                  options are drawn from that family only
 * @param learned   where a player learns the answer ({@link DifficultySignals#LEARNED}: {@code headline},
 *                  {@code reputation}, {@code screen}, {@code trivia}, {@code dialogue}, {@code credits}), when the predicate's category
 *                  does not say it well (the director is on every poster, though the crew's other members are in the
 *                  credits only)
 * @param context   a sentence of context from the sources, added to the reveal after the answer, so that a reveal
 *                  teaches more than the statement the player judged (a true statement's reveal would repeat it)
 */
record Phrasing(String kind, List<String> questions, String statement, String negation, Boolean worthy,
        String reason, Map<String, String> display, List<String> exclude, String group, Boolean wordings,
        List<String> coveredBy, Boolean trueFalse, String family, String learned, String context) {

    static final Phrasing NONE = new Phrasing(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** This phrasing with every field that {@code over} sets taken from {@code over}. */
    Phrasing with(Phrasing over) {
        if (over == null) {
            return this;
        }
        return new Phrasing(pick(over.kind, kind), pick(over.questions, questions), pick(over.statement, statement),
                pick(over.negation, negation), pick(over.worthy, worthy), pick(over.reason, reason),
                pick(over.display, display), merged(exclude, over.exclude), pick(over.group, group),
                pick(over.wordings, wordings), pick(over.coveredBy, coveredBy), pick(over.trueFalse, trueFalse),
                pick(over.family, family), pick(over.learned, learned), pick(over.context, context));
    }

    boolean isWorthy() {
        return !Boolean.FALSE.equals(worthy);
    }

    boolean isWordings() {
        return Boolean.TRUE.equals(wordings);
    }

    boolean asksTrueFalse() {
        return !Boolean.FALSE.equals(trueFalse);
    }

    List<String> stems() {
        return questions == null ? List.of() : questions;
    }

    /**
     * The multiple-choice stem for an item: the first of its stems that fits. A stem naming the item's other values
     * ({@code {others}}) fits only when the item has several; any other stem fits either way. Null when none fits.
     */
    String stem(boolean several) {
        return stems().stream().filter(s -> several || !s.contains(OTHERS)).findFirst().orElse(null);
    }

    static final String OTHERS = "{others}";

    /** What is missing for this phrasing to ask its item, or null when nothing is. */
    String missing() {
        List<String> missing = new ArrayList<>();
        if (kind == null) {
            missing.add("kind");
        }
        if (statement == null) {
            missing.add("statement");
        }
        if (negation == null) {
            missing.add("negation");
        }
        return missing.isEmpty() ? null : String.join(", ", missing);
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static List<String> merged(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
