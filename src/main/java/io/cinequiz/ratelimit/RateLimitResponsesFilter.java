package io.cinequiz.ratelimit;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the rate limit where {@link RateLimitFilter} applies it, that is on every operation: a 429 response with
 * {@code Retry-After} on the native API, and on the OpenTDB-compatible API (which answers HTTP 200 with response code
 * 5 instead) a note in the 200 response. Runs before the filter that gives error responses their problem body.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class RateLimitResponsesFilter implements OASFilter {

    /**
     * The headers of a 429 (the RateLimit ones come with every limited response), with what they say; sorted, so that
     * every build writes the same document.
     */
    private static final Map<String, String> HEADERS = new TreeMap<>(Map.of(
            "Retry-After", "Seconds until the client's next request is accepted",
            "RateLimit-Limit", "Requests a client may make in a burst",
            "RateLimit-Remaining", "Requests the client has left",
            "RateLimit-Reset", "Seconds until the client's allowance is full again"));

    /** The 429 response, written once in the components; every limited operation refers to it. */
    private static final String RATE_LIMITED = "RateLimited";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addResponse(RATE_LIMITED, tooManyRequests());
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (path.startsWith("/api/v1/admin/")) {
                return; // the operator is not limited
            }
            if (RateLimitFilter.answersAsOpenTdb(path)) {
                APIResponse ok = operation.getResponses().getAPIResponse("200");
                ok.setDescription(ok.getDescription() + ". Over the client's rate limit: response_code 5, with a"
                        + " Retry-After header (seconds)");
            } else {
                operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref(RATE_LIMITED));
            }
        }));
        HEADERS.forEach((name, description) -> api.getComponents().addHeader(name, OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ZERO))));
    }

    private static APIResponse tooManyRequests() {
        APIResponse response = OASFactory.createAPIResponse().description("rate-limited: the client (its verified"
                + " API client, else its address) has used up its requests; Retry-After says when to try again. Every response"
                + " carries the RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset headers.");
        HEADERS.keySet().forEach(name -> response.addHeader(name,
                OASFactory.createHeader().ref("#/components/headers/" + name)));
        return response;
    }
}
