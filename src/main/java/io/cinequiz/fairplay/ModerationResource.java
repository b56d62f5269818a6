package io.cinequiz.fairplay;

import io.cinequiz.security.OpenApiSecurity;
import io.cinequiz.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fair-play flags for moderators: API keys with the {@code moderation} scope. */
@Path("/api/v1/moderation/flags")
@Tag(name = "Moderation", description = "Fair-play flags and question reports, for the moderation scope")
@RolesAllowed(Scopes.MODERATION)
@SecurityRequirement(name = OpenApiSecurity.API_KEY)
class ModerationResource {

    private final FairPlayFlagRepository flags;

    ModerationResource(FairPlayFlagRepository flags) {
        this.flags = flags;
    }

    @GET
    @Operation(operationId = "listFlags", summary = "List fair-play flags, newest first",
            description = "too-fast: a correct answer given faster than its question and options can be read;"
                    + " implausible: a game answered nearly all right and faster than people read; accuracy: a player's"
                    + " latest answers more often right than an honest strong player would manage on those questions,"
                    + " whatever the speed (with its figures). Flagged play still"
                    + " counts: a moderator decides. Page with before=<the last id seen>.")
    @APIResponse(responseCode = "200", description = "The flags")
    @APIResponse(responseCode = "400", description = "A limit outside 1..100")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the moderation scope")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public List<FlagView> list(
            @Parameter(description = "only this player's flags (a full player id)") @QueryParam("player") String player,
            @Parameter(description = "only flags older than this one (an id)") @QueryParam("before") Long before,
            @Parameter(description = "flags, 1 to 100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return flags.newest(player == null || player.isBlank() ? null : player.trim(), before, limit).stream()
                .map(FlagView::of).toList();
    }
}
