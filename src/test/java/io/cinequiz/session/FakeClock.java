package io.cinequiz.session;

import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.time.Instant;

/** A {@link QuizClock} that stands still until a test moves it; installed with {@code QuarkusMock}. */
@Vetoed
public class FakeClock extends QuizClock {

    private volatile Instant now;

    public FakeClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    Instant start() {
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }
}
