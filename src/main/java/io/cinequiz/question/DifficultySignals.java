package io.cinequiz.question;

import io.cinequiz.catalog.Category;

/**
 * The signals a question's difficulty comes from, each one a reason a player finds it easier or harder, and the score
 * they make (0 easiest, 1 hardest). Labels are then given by rank within the film: the easiest third of its questions
 * is easy, the middle third medium, the hardest third hard (see docs/questions.md).
 *
 * @param witnesses  independent trusted sources stating the fact (1 to 4 and more): widely stated facts are better known
 * @param mentions   documents that mention the answer at all: a prominent answer is easier to recall
 * @param numeric    the answer is a number or a date, which must be known exactly
 * @param trueFalse  a true/false question: half the players guess it right
 * @param closeness  how close the wrong options are to the answer (0 far, 1 close): close ones must be told apart
 * @param offScreen  where a player learns the answer: 0 by watching the film (its story), 0.5 from its cast list or
 *                   its trivia, 1 from its credits, its making-of or the press (crew, production, release, reception)
 */
public record DifficultySignals(int witnesses, int mentions, boolean numeric, boolean trueFalse, double closeness,
        double offScreen) {

    static final double SOURCES_WEIGHT = 0.25;
    static final double PROMINENCE_WEIGHT = 0.15;
    static final double OFF_SCREEN_WEIGHT = 0.30;
    static final double FORM_WEIGHT = 0.15;
    static final double CLOSENESS_WEIGHT = 0.15;

    /** The weighted sum of the signals, each scaled to 0..1 (1 is harder). */
    public double score() {
        double sources = 1 - (Math.min(Math.max(witnesses, 1), 4) - 1) / 3.0;
        double prominence = 1 - (Math.min(Math.max(mentions, 1), 4) - 1) / 3.0;
        double form = trueFalse ? 0 : numeric ? 1 : 0.5;
        return SOURCES_WEIGHT * sources + PROMINENCE_WEIGHT * prominence + OFF_SCREEN_WEIGHT * offScreen
                + FORM_WEIGHT * form + CLOSENESS_WEIGHT * closeness;
    }

    /** Where the answer of a fact of this category is learned (see {@code offScreen}). */
    static double offScreen(Category category) {
        return switch (category) {
            case STORY -> 0;
            case CAST, TRIVIA -> 0.5;
            case CREW, PRODUCTION, RELEASE, RECEPTION -> 1;
        };
    }
}
