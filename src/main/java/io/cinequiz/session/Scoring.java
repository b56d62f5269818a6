package io.cinequiz.session;

/**
 * Kahoot's rule. A correct answer within the time limit earns round(1000 x (1 - (t/T)/2)): 1000 for an instant
 * answer, 500 at the limit; an answer inside the grace period after the limit counts as given at the limit. A wrong
 * or late answer earns 0. Consecutive correct answers add a streak bonus of min(100 x (streak - 1), 500); a wrong
 * or late answer resets the streak.
 *
 * <p>Every form of question is worth the same to a guesser: the points (with the streak bonus) are weighted by
 * {@link #weight}, a quarter over the chance of guessing right, so a correct true/false answer (a guess is right half
 * the time) earns half of what a correct four-option answer (a quarter of the time) earns at the same speed. A player
 * who asks for true/false questions only gains nothing on the boards by it.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The outcome of one answer. */
    public record Outcome(boolean correct, boolean timedOut, int points, int streak) {
    }

    /**
     * @param correct       whether the chosen option is the right one
     * @param elapsedMillis time from serving the question to receiving the answer
     * @param limitMillis   the session's time limit per question
     * @param graceMillis   tolerance for network latency after the limit
     * @param streakBefore  consecutive correct answers before this one
     */
    public static Outcome score(boolean correct, long elapsedMillis, long limitMillis, long graceMillis, int streakBefore) {
        return score(correct, elapsedMillis, limitMillis, graceMillis, streakBefore, 1);
    }

    /**
     * As {@link #score(boolean, long, long, long, int)}, the points weighted by the question's {@link #weight}.
     *
     * @param weight the question's weight: 1 for four options, 0.5 for true/false
     */
    public static Outcome score(boolean correct, long elapsedMillis, long limitMillis, long graceMillis,
            int streakBefore, double weight) {
        if (elapsedMillis > limitMillis + graceMillis) {
            return new Outcome(false, true, 0, 0);
        }
        if (!correct) {
            return new Outcome(false, false, 0, 0);
        }
        double t = Math.min(Math.max(elapsedMillis, 0), limitMillis);
        double base = 1000 * (1 - (t / limitMillis) / 2);
        int streak = streakBefore + 1;
        return new Outcome(true, false, (int) Math.round(weight * (Math.round(base) + Math.min(100 * (streak - 1), 500))),
                streak);
    }

    /**
     * A question's weight: the chance of guessing a four-option question (1/4) over the chance of guessing this one
     * (1 / its options), so that a guesser expects the same points from every form: 1 for four options, 0.5 for
     * true/false.
     */
    public static double weight(int options) {
        return options / 4.0;
    }

    /** A question left unanswered past its deadline. */
    public static Outcome timeout() {
        return new Outcome(false, true, 0, 0);
    }
}
