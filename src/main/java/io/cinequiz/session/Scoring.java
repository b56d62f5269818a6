package io.cinequiz.session;

/**
 * Kahoot's rule. A correct answer within the time limit earns round(1000 x (1 - (t/T)/2)): 1000 for an instant
 * answer, 500 at the limit; an answer inside the grace period after the limit counts as given at the limit. A wrong
 * or late answer earns 0. Consecutive correct answers add a streak bonus of min(100 x (streak - 1), 500); a wrong
 * or late answer resets the streak.
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
        if (elapsedMillis > limitMillis + graceMillis) {
            return new Outcome(false, true, 0, 0);
        }
        if (!correct) {
            return new Outcome(false, false, 0, 0);
        }
        double t = Math.min(Math.max(elapsedMillis, 0), limitMillis);
        int base = (int) Math.round(1000 * (1 - (t / limitMillis) / 2));
        int streak = streakBefore + 1;
        return new Outcome(true, false, base + Math.min(100 * (streak - 1), 500), streak);
    }

    /** A question left unanswered past its deadline. */
    public static Outcome timeout() {
        return new Outcome(false, true, 0, 0);
    }
}
