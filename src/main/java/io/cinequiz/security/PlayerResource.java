package io.cinequiz.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.cinequiz.ratelimit.Quotas;
import io.cinequiz.session.PlayerHistory;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Player identities for anonymous frontends (the reference web page): the service makes up an id and a token. A
 * frontend keeps the token and sends it as {@code Authorization: Bearer} to start sessions and reset the player's
 * history; nobody else can play as that player. Bots name their own players with their API key instead.
 */
@Path("/api/v1/players")
@Tag(name = "Players", description = "Player identities issued by the service, for anonymous frontends")
class PlayerResource {

    private final PlayerRepository players;
    private final PlayerHistory history;
    private final Caller caller;
    private final Quotas quotas;

    PlayerResource(PlayerRepository players, PlayerHistory history, Caller caller, Quotas quotas) {
        this.players = players;
        this.history = history;
        this.caller = caller;
        this.quotas = quotas;
    }

    @POST
    @SecurityRequirements
    @Operation(operationId = "createPlayer", summary = "Get a new player identity",
            description = "Makes a player with an id (p-...) and a token (pt_...), shown this once: the service keeps"
                    + " only its SHA-256. Send the token as Authorization: Bearer to start sessions as this player and"
                    + " to reset its history. Limited per address (quiz.quotas.players-per-hour).")
    @APIResponse(responseCode = "201", description = "The player id and its token (Cache-Control: no-store)")
    @APIResponse(responseCode = "429", description = "Too many requests, or too many new players from this address")
    public Response create() {
        quotas.take(Quotas.Kind.PLAYERS, caller);
        String token = Secrets.newSecret(Secrets.PLAYER_TOKEN);
        Player player = new Player();
        player.id = "p-" + Secrets.random(12);
        player.tokenHash = Secrets.hash(token);
        player.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> players.persist(player));
        return Response.status(201).header("Cache-Control", "no-store")
                .entity(new PlayerCreated(player.id, token)).build();
    }

    @DELETE
    @Path("/{playerId}/history")
    @SecurityRequirement(name = OpenApiSecurity.PLAYER)
    @SecurityRequirement(name = OpenApiSecurity.API_KEY)
    @Operation(operationId = "forgetHistory", summary = "Forget which questions a player has been served",
            description = "So that they can be served again (after pool-exhausted). Only the player (its token) or its"
                    + " client (an API key with the play scope; the player by its local or full id) may.")
    @APIResponse(responseCode = "204", description = "The history is empty")
    @APIResponse(responseCode = "401", description = "No player token and no API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "Not the caller's player")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public void forgetHistory(@PathParam("playerId") String playerId) {
        history.forget(caller.ownPlayer(playerId));
    }
}
