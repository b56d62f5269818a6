package io.cinequiz.question;

import io.cinequiz.catalog.Category;
import java.util.Map;

/**
 * The signals a question's difficulty comes from, each one a reason a player finds it easier or harder, and the score
 * they make (0 easiest, 1 hardest). Labels are then given by thresholds on the score ({@link Difficulty#ofScore}), or
 * by rank where thresholds would put over half of a film under one label (see docs/questions.md).
 *
 * @param witnesses  independent trusted sources stating the fact (1 to 4 and more): widely stated facts are better known
 * @param mentions   documents that mention the answer at all: a prominent answer is easier to recall
 * @param numeric    the answer is a number or a date, which must be known exactly
 * @param trueFalse  a true/false question: it asks what the choice of its fact asks (the fifth blind review found
 *                   statements labelled a level easier than their choices whatever they asked), so it weighs as a
 *                   choice of texts, and a statement of a number as a text too (no exact number to pick)
 * @param closeness  how close the wrong options are to the answer (0 far, 1 close): close ones must be told apart
 * @param offScreen  where a player learns the answer: 0 from what every listing and poster of the film headlines
 *                   (its director, its year, its original title, its genre, its top-billed star, its premise), 0.25
 *                   from what write-ups of it keep saying (its reputation), 0.5 by watching it (its story) or from its
 *                   trivia pages, 1 from its full credits (the rest of the cast and crew), its making-of or the press
 *                   (production, release, reception)
 */
public record DifficultySignals(int witnesses, int mentions, boolean numeric, boolean trueFalse, double closeness,
        double offScreen) {

    static final double SOURCES_WEIGHT = 0.20;
    static final double PROMINENCE_WEIGHT = 0.10;
    static final double OFF_SCREEN_WEIGHT = 0.40;
    static final double FORM_WEIGHT = 0.15;
    static final double CLOSENESS_WEIGHT = 0.15;

    /** The weighted sum of the signals, each scaled to 0..1 (1 is harder). */
    public double score() {
        double sources = 1 - (Math.min(Math.max(witnesses, 1), 4) - 1) / 3.0;
        double prominence = 1 - (Math.min(Math.max(mentions, 1), 4) - 1) / 3.0;
        // A statement asks the same knowledge as the choice of its fact: only an exact number or date is harder.
        double form = numeric && !trueFalse ? 1 : 0.5;
        return SOURCES_WEIGHT * sources + PROMINENCE_WEIGHT * prominence + OFF_SCREEN_WEIGHT * offScreen
                + FORM_WEIGHT * form + CLOSENESS_WEIGHT * closeness;
    }

    /**
     * Where an answer is learned, as a phrasing's {@code learned} names it: in what every listing and poster of the film
     * headlines; in what write-ups of the film keep saying of it, which film buffs know whether they saw it or not (its
     * {@code reputation}: the look reviews liken to Jules Verne's imagined future); on screen; in its trivia; in one line of
     * its dialogue, which close viewers and quote pages remember ({@code dialogue}, weighed as the credits); in its full
     * credits or the press. A reputation is still no headline: only a headline is easy ({@link Difficulty#of}).
     */
    static final Map<String, Double> LEARNED = Map.of("headline", 0.0, "reputation", 0.25, "screen", 0.5, "trivia", 0.5,
            "dialogue", 1.0, "credits", 1.0);

    /** Where the answer of a fact is learned: as its phrasing says, else by its category. */
    static double offScreen(String learned, Category category) {
        return learned != null ? LEARNED.get(learned) : offScreen(category);
    }

    /** Where the answer of a fact of this category is learned (see {@code offScreen}). */
    static double offScreen(Category category) {
        return switch (category) {
            case STORY, CAST, TRIVIA -> 0.5;
            case CREW, PRODUCTION, RELEASE, RECEPTION -> 1;
        };
    }
}
