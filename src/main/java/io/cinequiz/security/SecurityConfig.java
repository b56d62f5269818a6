package io.cinequiz.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Credentials: the operator secret and how long verified credentials are remembered. */
@ConfigMapping(prefix = "quiz.security")
public interface SecurityConfig {

    /** The operator secret that the admin API takes as {@code Authorization: Bearer}; unset: the admin API is off. */
    @WithName("admin-secret")
    Optional<String> adminSecret();

    /**
     * How long a replica remembers a verified API key or player token before asking the database again: a key revoked
     * on another replica stops working here within this time (on the replica that revoked it, at once).
     */
    @WithDefault("10s")
    Duration credentialCache();
}
