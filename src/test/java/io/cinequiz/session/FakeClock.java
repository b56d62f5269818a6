package io.cinequiz.session;

import io.quarkus.test.junit.QuarkusMock;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A {@link QuizClock} that stands still until a test moves it; installed with {@code QuarkusMock}. */
@Vetoed
public class FakeClock extends QuizClock {

    private volatile Instant now;

    public FakeClock(Instant start) {
        this.now = start;
    }

    /** A clock standing at the current second, installed for the running test (call it from a {@code @BeforeEach}). */
    public static FakeClock install() {
        return install(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A clock standing at {@code start}, installed for the running test. */
    public static FakeClock install(Instant start) {
        FakeClock clock = new FakeClock(start);
        QuarkusMock.installMockForType(clock, QuizClock.class);
        return clock;
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
