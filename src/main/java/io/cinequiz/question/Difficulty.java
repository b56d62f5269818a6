package io.cinequiz.question;

/**
 * How hard a question is, from its {@link DifficultySignals#score()}: under {@link #EASY_BELOW} easy, from
 * {@link #HARD_FROM} hard, medium between. Where thresholds would put over half of a film's questions under one label
 * (or none under one), its labels are given by rank instead (the easiest third easy, the next medium, the rest hard).
 */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    /**
     * Scores under this are easy: a headline fact (learned 0) is easy whatever its other signals but the closest
     * options and a single source; a story fact (0.5) only when several sources state it or its options are far.
     */
    static final double EASY_BELOW = 0.6;
    /**
     * Scores from this on are hard: a fact of the credits, the making-of or the press (learned 1), unless many sources
     * state it; a story or trivia fact only when one source states it and its options are close or its answer exact.
     */
    static final double HARD_FROM = 0.7;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The label of a score, by the thresholds. */
    static Difficulty ofScore(double score) {
        return score < EASY_BELOW ? EASY : score < HARD_FROM ? MEDIUM : HARD;
    }

    /**
     * The label of a question from its signals: only a headline fact (what every listing and poster of the film shows,
     * {@code offScreen} 0) can be easy; the story, trivia, credits and press are at least medium, since a general
     * film-trivia audience knows them only from watching the film closely or reading about it (the seventh blind review
     * found the cult's name, the clones' number and the twins' name labelled easy).
     */
    static Difficulty of(DifficultySignals signals) {
        Difficulty byScore = ofScore(signals.score());
        return byScore == EASY && signals.offScreen() > 0 ? MEDIUM : byScore;
    }

    /** The label of the question ranked {@code rank} (0 easiest) among {@code count} questions of a film. */
    static Difficulty ofRank(int rank, int count) {
        return rank * 3 < count ? EASY : rank * 3 < 2 * count ? MEDIUM : HARD;
    }
}
