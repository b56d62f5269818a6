package io.cinequiz.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time sessions are measured by; tests replace it (QuarkusMock) to move time without sleeping. */
@ApplicationScoped
public class QuizClock {

    public Instant now() {
        return Instant.now();
    }
}
