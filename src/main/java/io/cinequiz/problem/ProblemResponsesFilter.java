package io.cinequiz.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every error response of the API as {@code application/problem+json} with the {@link Problem} schema, so
 * that resources declare only the status and what it means ({@code @APIResponse(responseCode = "404", ...)}), and
 * adds the 500 that {@link ProblemMapper} answers on any operation when something unexpected fails, and the 503 it
 * answers when the database has no connection for a request: those two are written once, in the components, and
 * each operation refers to them. Runs after the filters that add error responses of their own (the lowest priority
 * runs last).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMA = "Problem";
    /** Responses every operation can give, written once in the components and referred to by each operation. */
    private static final String INTERNAL_ERROR = "InternalError";
    private static final String DATABASE_BUSY = "DatabaseBusy";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addResponse(INTERNAL_ERROR, OASFactory.createAPIResponse().description(
                "internal-error: an unexpected failure; the detail quotes an incident id that the service's log"
                        + " records with the cause"));
        components.addResponse(DATABASE_BUSY, OASFactory.createAPIResponse().description(
                "database-busy: the database had no connection free for the request, and nothing of it was"
                        + " done; send it again after the Retry-After header's seconds")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                // a short name refers to the components' response of that name (MicroProfile OpenAPI's Reference)
                operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse().ref(INTERNAL_ERROR));
                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().ref(DATABASE_BUSY));
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        problemBody(response);
                    }
                });
            }
        }
        components.getResponses().values().forEach(ProblemResponsesFilter::problemBody);
        components.addSchema(SCHEMA, problemSchema());
    }

    /** The problem+json body of an error response written out here (a reference gets it where it is written). */
    private static void problemBody(APIResponse response) {
        if (response.getRef() == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema()
                            .ref("#/components/schemas/" + SCHEMA))));
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
