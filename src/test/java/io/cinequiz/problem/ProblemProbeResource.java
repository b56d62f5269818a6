package io.cinequiz.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * TEST ONLY: endpoints that fail on demand, so {@link ProblemMapperTest} can check how each failure is answered.
 * It lives in the test sources, so it exists only in the application {@code @QuarkusTest} starts, and stays out of the
 * API description.
 */
@Path("/test-only/problems")
public class ProblemProbeResource {

    /** A body with one constraint of each kind the API uses. */
    public record Probe(@NotBlank @Size(max = 5) String name, @Min(1) int count) {
    }

    @GET
    @Path("/crash")
    @Operation(hidden = true)
    public String crash() {
        throw new IllegalStateException("secret internal detail");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Probe create(@Valid Probe probe) {
        return probe;
    }

    @GET
    @Path("/amount")
    @Operation(hidden = true)
    public int amount(@QueryParam("amount") @Min(1) int amount) {
        return amount;
    }
}
