package io.cinequiz.leaderboard;

import io.cinequiz.session.QuizClock;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.time.Instant;

/** A {@link QuizClock} that stands still until a test moves it; installed with {@code QuarkusMock}. */
@Vetoed
class TestClock extends QuizClock {

    private volatile Instant now;

    TestClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    void set(Instant instant) {
        now = instant;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }
}
