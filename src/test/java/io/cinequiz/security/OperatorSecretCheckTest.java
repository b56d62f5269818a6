package io.cinequiz.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service refuses to start with an operator secret short enough to guess. */
class OperatorSecretCheckTest {

    @Test
    void theOperatorSecretIsLongOrUnset() {
        assertNull(OperatorSecretCheck.problem(Optional.empty()));
        assertNull(OperatorSecretCheck.problem(Optional.of("a-long-random-operator-secret")));
        assertNotNull(OperatorSecretCheck.problem(Optional.of("secret")));
        assertNotNull(OperatorSecretCheck.problem(Optional.of("     short      ")));
    }
}
