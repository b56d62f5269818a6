package io.cinequiz.question;

/** How hard a question is: the third of its film's questions it falls in by {@link DifficultySignals#score()}. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The label of the question ranked {@code rank} (0 easiest) among {@code count} questions of a film. */
    static Difficulty ofRank(int rank, int count) {
        return rank * 3 < count ? EASY : rank * 3 < 2 * count ? MEDIUM : HARD;
    }
}
