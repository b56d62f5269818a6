package io.cinequiz.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Closes connections on which the service has written nothing for {@code quiz.http.request-deadline}. Vert.x has no
 * timeout for reading a request's headers, and its idle timeouts restart with every byte received, so a client
 * dribbling a header a byte at a time would hold a connection for hours; the service writes nothing until it has a
 * whole request, so a write-idle timeout bounds the time from connecting (or from the previous response) to a
 * complete request. It also closes keep-alive connections left idle that long. (Measured with a client sending one
 * byte a second: closed after the deadline; with h2c on, the same connection stayed open.)
 */
@ApplicationScoped
class RequestDeadline implements HttpServerOptionsCustomizer {

    private final HttpConfig config;

    RequestDeadline(HttpConfig config) {
        this.config = config;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        // Until Vert.x knows whether a plain connection speaks HTTP/1.1 or HTTP/2 without TLS (h2c), only its all-idle
        // timeout applies; without h2c the deadline holds from the first byte. HTTP/2 over TLS is unaffected.
        options.setHttp2ClearTextEnabled(false);
        apply(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        apply(options);
    }

    private void apply(HttpServerOptions options) {
        TimeUnit unit = options.getIdleTimeoutUnit();
        options.setWriteIdleTimeout((int) unit.convert(config.requestDeadline().toMillis(), TimeUnit.MILLISECONDS));
    }
}
