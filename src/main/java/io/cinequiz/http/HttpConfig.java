package io.cinequiz.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;
import java.util.Optional;

/** How the service presents itself over HTTP. */
@ConfigMapping(prefix = "quiz.http")
public interface HttpConfig {

    /**
     * The service's public base URL (such as {@code https://quiz.example}), from which {@code Location} headers are
     * made; unset: they are paths ({@code /api/v1/sessions/...}), never built from a request's {@code Host}.
     */
    Optional<String> publicBaseUrl();

    /**
     * How long a connection may go without the service writing to it: a client must send a complete request (its
     * headers and body) within this time of connecting or of its previous response, or the connection is closed. It
     * also bounds how long a request may take to answer, and closes keep-alive connections idle that long, so it stays
     * well above the slowest answer under load.
     */
    @WithDefault("30s")
    Duration requestDeadline();

    /** The largest request body taken (every body of the API is a small JSON object). */
    @WithDefault("8K")
    MemorySize maxBody();
}
