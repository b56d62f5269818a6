package io.cinequiz.info;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service is and which version runs: for clients, and the baseline the benchmarks compare against. */
@Path("/api/v1/info")
@Tag(name = "Info", description = "The service's name and version")
@SecurityRequirements
class InfoResource {

    /** The service's name and version. */
    public record Info(String name, String version) {
    }

    private final Info info;

    InfoResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.info = new Info("cinequiz", version);
    }

    @GET
    @NonBlocking
    @Operation(operationId = "getServiceInfo", summary = "Get the service's name and version",
            description = "The service's name and the version that runs, for clients to log or to check before"
                    + " relying on a feature.")
    @APIResponse(responseCode = "200", description = "The name and version")
    public Info get() {
        return info;
    }
}
