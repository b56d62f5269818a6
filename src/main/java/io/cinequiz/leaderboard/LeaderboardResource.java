package io.cinequiz.leaderboard;

import io.cinequiz.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leaderboards: pages of a board, and one player's rank with the players around them. */
@Path("/api/v1/leaderboards")
@Tag(name = "Leaderboards", description = "Players ranked by total score, globally, per film and per community;"
        + " all time, this month, this ISO week and today")
@SecurityRequirements
class LeaderboardResource {

    private final Leaderboards leaderboards;
    private final Caller caller;

    LeaderboardResource(Leaderboards leaderboards, Caller caller) {
        this.leaderboards = leaderboards;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getLeaderboard", summary = "Get a page of a leaderboard",
            description = "One board (global, a film's or a community's; all time, this month, this ISO week or"
                    + " today) from position `offset`, ranked by total score. Finished sessions and room games count"
                    + " on the boards they belong to.")
    @APIResponse(responseCode = "200", description = "Entries in rank order (equal scores share a rank; the player who"
            + " reached the score first is listed first), with the number of players on the board")
    @APIResponse(responseCode = "400", description = "An unknown scope or window, a film or community missing or not"
            + " matching the scope, or a limit outside 1..100 or an offset outside 0..10000 (or not a number)")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public LeaderboardPage board(
            @Parameter(description = "global (default), film or community") @QueryParam("scope") String scope,
            @Parameter(description = "the film id, with scope=film") @QueryParam("film") String film,
            @Parameter(description = "the community id (a Discord guild, say), with scope=community") @QueryParam("community") String community,
            @Parameter(description = "all (default), month, week (ISO) or day: the current one") @QueryParam("window") String window,
            @Parameter(description = "entries, 1 to 100") @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @Parameter(description = "board position to start at, 0 (the top) to 10000") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return leaderboards.page(BoardQuery.parse(scope, film, caller.lookup(community), window), limit, offset);
    }

    @GET
    @Path("/players/{playerId}")
    @Operation(operationId = "getPlayerRank",
            summary = "Get a player's rank and standing, with the entries just above and below",
            description = "Where a player stands on one board, however far down: their rank, score, games, accuracy"
                    + " and wins, with up to `around` entries on each side.")
    @APIResponse(responseCode = "200", description = "The rank, the standing, and up to `around` entries each side")
    @APIResponse(responseCode = "400", description = "An unknown scope or window, a film or community missing or not"
            + " matching the scope, or around outside 0..25 (or not a number)")
    @APIResponse(responseCode = "404", description = "The player has no standing on this board, or no film has this id")
    public PlayerRank player(
            @PathParam("playerId") String playerId,
            @Parameter(description = "global (default), film or community") @QueryParam("scope") String scope,
            @Parameter(description = "the film id, with scope=film") @QueryParam("film") String film,
            @Parameter(description = "the community id, with scope=community") @QueryParam("community") String community,
            @Parameter(description = "all (default), month, week (ISO) or day: the current one") @QueryParam("window") String window,
            @Parameter(description = "entries to show above and below the player, 0 to 25") @QueryParam("around") @DefaultValue("5") @Min(0) @Max(25) int around) {
        return leaderboards.player(BoardQuery.parse(scope, film, caller.lookup(community), window),
                caller.lookup(playerId.trim()), around);
    }
}
