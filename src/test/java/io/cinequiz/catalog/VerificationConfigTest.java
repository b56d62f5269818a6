package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The defaults of {@code quiz.verification.*} and those of {@link VerificationSettings#defaults()} are one set. */
@QuarkusTest
class VerificationConfigTest {

    @Inject
    VerificationConfig config;

    @Test
    void configuredDefaultsAreTheSettingsDefaults() {
        assertEquals(VerificationSettings.defaults(), config.settings());
    }

    @Test
    void everySourceKindHasAPrior() {
        assertEquals(SourceKind.values().length, config.settings().priors().size());
    }
}
