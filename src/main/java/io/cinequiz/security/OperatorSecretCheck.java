package io.cinequiz.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/** Refuses to start with an operator secret short enough to guess: it opens the admin API. */
@ApplicationScoped
class OperatorSecretCheck {

    static final int MIN_LENGTH = 16;

    void check(@Observes StartupEvent event, SecurityConfig config) {
        String problem = problem(config.adminSecret());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** What is wrong with the operator secret, or null (unset is fine: the admin API is then off). */
    static String problem(Optional<String> secret) {
        if (secret.isPresent() && secret.get().strip().length() < MIN_LENGTH) {
            return "QUIZ_ADMIN_SECRET is shorter than " + MIN_LENGTH + " characters: use a long random value, such as"
                    + " the output of 'openssl rand -base64 32'";
        }
        return null;
    }
}
