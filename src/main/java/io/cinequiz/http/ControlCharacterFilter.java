package io.cinequiz.http;

import io.cinequiz.problem.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses paths and query parameters with control characters (after percent-decoding) before any resource looks at
 * them: no id, key or name may hold one, and PostgreSQL rejects a NUL in any text it is given, which would otherwise
 * be a 500 wherever such a value reaches a query.
 */
class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    void refuse(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (hasControl(uri.getPath())) {
            throw ApiException.badRequest("The path contains a control character");
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacterFilter::hasControl)) {
                throw ApiException.badRequest("Query parameter '" + parameter.getKey().replaceAll("\\p{Cntrl}", "?")
                        + "' contains a control character");
            }
        }
    }

    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                return true;
            }
        }
        return false;
    }
}
