package io.cinequiz.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Addresses the service gives out ({@code Location}): the configured public base URL and a path, or the path alone
 * (a relative reference, RFC 9110 section 10.2.2). Never the request's {@code Host}, which a client controls.
 */
@ApplicationScoped
public class PublicUrls {

    private final String base;

    PublicUrls(HttpConfig config) {
        this.base = config.publicBaseUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
    }

    /** The address of {@code path} (which starts with {@code /}). */
    public URI of(String path) {
        return URI.create(base + path);
    }

    /**
     * A 201 response locating {@code path}. The header is set as text: JAX-RS's {@code created(URI)} would resolve a
     * relative address against the request's host.
     */
    public Response.ResponseBuilder created(String path) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, of(path).toString());
    }
}
