package io.cinequiz.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents every error response of the API as {@code application/problem+json} with the {@link Problem} schema, so
 * that resources declare only the status and what it means ({@code @APIResponse(responseCode = "404", ...)}), and
 * adds the 500 that {@link ProblemMapper} answers on any operation when something unexpected fails, and the 503 it
 * answers when the database has no connection for a request. Runs after the
 * filters that add error responses of their own (the lowest priority runs last).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse().description(
                        "internal-error: an unexpected failure; the detail quotes an incident id that the service's log"
                                + " records with the cause"));
                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().description(
                        "database-busy: the database had no connection free for the request, and nothing of it was"
                                + " done; send it again after the Retry-After header's seconds")
                        .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
                for (var entry : operation.getResponses().getAPIResponses().entrySet()) {
                    if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                        entry.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/" + SCHEMA))));
                        used = true;
                    }
                }
            }
        }
        if (used) {
            if (api.getComponents() == null) {
                api.setComponents(OASFactory.createComponents());
            }
            api.getComponents().addSchema(SCHEMA, problemSchema());
        }
    }

    private static Schema problemSchema() {
        Schema error = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).properties(Map.of(
                "field", text("the invalid field or parameter"), "message", text("what is wrong with it")));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", text("URI naming the kind of problem"),
                        "title", text("short summary of the kind of problem"),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                .description("the HTTP status"),
                        "detail", text("what went wrong in this occurrence"),
                        "instance", text("the request path"),
                        "errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .items(error).description("the invalid fields, for validation problems")));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
