package io.cinequiz.room;

import io.cinequiz.database.ConcurrentChanges;
import io.cinequiz.http.PublicUrls;
import io.cinequiz.names.Ids;
import io.cinequiz.ratelimit.Quotas;
import io.cinequiz.security.Caller;
import io.cinequiz.security.OpenApiSecurity;
import io.cinequiz.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Multiplayer games in rooms (chat channels): one unfinished game per room. Rooms belong to the API client that plays
 * them (scope {@code rooms}): a client's room keys are its own, so another client's request finds no game there (404)
 * and learns nothing of it. {@code {game}} is {@code current} (the room's latest game) or a game's id. Changes that
 * collide with a concurrent change are retried, so bot retries and parallel submissions take effect once.
 */
@Path("/api/v1/rooms/{roomKey}/games")
@Tag(name = "Rooms", description = "Multiplayer games for chat channels: rounds, answers by speed, scores to a target")
@RolesAllowed(Scopes.ROOMS)
@SecurityRequirement(name = OpenApiSecurity.API_KEY)
class RoomResource {

    private final RoomService service;
    private final Caller caller;
    private final PublicUrls urls;
    private final Quotas quotas;
    private final ConcurrentChanges changes;

    RoomResource(RoomService service, Caller caller, PublicUrls urls, Quotas quotas, ConcurrentChanges changes) {
        this.service = service;
        this.caller = caller;
        this.urls = urls;
        this.quotas = quotas;
        this.changes = changes;
    }

    @POST
    @Operation(operationId = "startRoomGame", summary = "Start a game in a room",
            description = "Starts a game in one of the client's rooms (any key of its choosing, such as a chat"
                    + " channel's id). Players join with their first answer.")
    @APIResponse(responseCode = "201", description = "The game")
    @APIResponse(responseCode = "400", description = "Invalid room key, filter, target score, time or community")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the rooms scope")
    @APIResponse(responseCode = "404", description = "Unknown film, or no question matches the filter")
    @APIResponse(responseCode = "409", description = "game-in-progress: the room has an unfinished game;"
            + " too-many-open-rooms: the client's quota of rooms with an unfinished game is reached")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public Response start(@PathParam("roomKey") @Pattern(regexp = Ids.ROOM_KEY, message = Ids.ROOM_KEY_MESSAGE) String roomKey,
            @NotNull @Valid StartGameRequest request) {
        Room room = room(roomKey);
        String community = caller.community(request.community());
        quotas.take(Quotas.Kind.ROOM_GAMES, caller);
        int openRooms = quotas.openRooms(caller.client().orElseThrow());
        RoomGameView game = changes.retrying(() -> service.start(room, community, openRooms, request));
        return urls.created(path(room) + "/" + game.gameId()).entity(game).build();
    }

    @GET
    @Path("/{game}")
    @Operation(operationId = "getRoomGame", summary = "Get a game's scores (current: the room's latest game)",
            description = "The game, its current round and its players' scores, best first.")
    @APIResponse(responseCode = "200", description = "The game, its current round and its players' scores, best first")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the rooms scope")
    @APIResponse(responseCode = "404", description = "The room has no game, or no such game in the room")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public RoomGameView game(@PathParam("roomKey") @Pattern(regexp = Ids.ROOM_KEY, message = Ids.ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game) {
        Room room = room(roomKey);
        return changes.retrying(() -> service.game(room, game));
    }

    @DELETE
    @Path("/{game}")
    @Operation(operationId = "endRoomGame", summary = "End a game without a winner",
            description = "Ends the game; its players' scores still count on the leaderboards.")
    @APIResponse(responseCode = "200", description = "The ended game (as it was, if it had already ended)")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the rooms scope")
    @APIResponse(responseCode = "404", description = "The room has no game, or no such game in the room")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public RoomGameView end(@PathParam("roomKey") @Pattern(regexp = Ids.ROOM_KEY, message = Ids.ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game) {
        Room room = room(roomKey);
        return changes.retrying(() -> service.end(room, game));
    }

    @POST
    @Path("/{game}/rounds")
    @Operation(operationId = "startRoomRound", summary = "Serve the next question to the room",
            description = "Serves a question the game has not asked, with the round's id as its id and its options in"
                    + " an order of this round only; or ends the game when none is left.")
    @APIResponse(responseCode = "201", description = "The new round (RoomRoundView), with its deadline")
    @APIResponse(responseCode = "200", description = "The game ended instead (RoomGameView): the last round reached"
            + " the target score, or no question is left (endReason questions-exhausted)")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the rooms scope")
    @APIResponse(responseCode = "404", description = "The room has no game, or no such game in the room")
    @APIResponse(responseCode = "409", description = "round-open: the current round still takes answers;"
            + " game-finished: the game is over")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public Response nextRound(
            @PathParam("roomKey") @Pattern(regexp = Ids.ROOM_KEY, message = Ids.ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game) {
        Room room = room(roomKey);
        RoomService.Next next = changes.retrying(() -> service.nextRound(room, game));
        if (next.round() == null) {
            return Response.ok(next.ended()).build();
        }
        return urls.created(path(room) + "/" + next.round().gameId() + "/rounds/" + next.round().roundId())
                .entity(next.round()).build();
    }

    @GET
    @Path("/{game}/rounds/{roundId}")
    @Operation(operationId = "getRoomRound", summary = "Get a round",
            description = "Who answered; once the round is closed, the correct choice, the sources, the question's bank"
                    + " id and each player's choice and points. Nothing names a player's choice before.")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the rooms scope")
    @APIResponse(responseCode = "404", description = "No such room, game or round")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public RoomRoundView round(@PathParam("roomKey") @Pattern(regexp = Ids.ROOM_KEY, message = Ids.ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game, @PathParam("roundId") String roundId) {
        Room room = room(roomKey);
        return changes.retrying(() -> service.round(room, game, roundId));
    }

    @POST
    @Path("/{game}/rounds/{roundId}/answers")
    @Operation(operationId = "answerRoomRound", summary = "Answer a round for one of the client's players",
            description = "A player's one answer in the round (a player joins the game with the first). While the round"
                    + " is open the answer is only acknowledged (correct, points and firstCorrect are null); once it is"
                    + " closed (by this answer, or before it) they are given, as in the round view.")
    @APIResponse(responseCode = "200", description = "The answer taken; correct or not, points by speed and first"
            + " correct answer or not once the round is closed")
    @APIResponse(responseCode = "400", description = "Invalid room key, player, name, choice or request id")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the rooms scope")
    @APIResponse(responseCode = "404", description = "No such room, game or round")
    @APIResponse(responseCode = "409", description = "already-answered (differently), round-closed (a later round is"
            + " being played), game-finished, room-full (the game has quiz.quotas.players-per-room-game players and"
            + " this one is new), or player-in-another-game (the player is in another unfinished room game)")
    @APIResponse(responseCode = "429", description = "Too many requests, or the client's hourly quota of players added"
            + " to room games is used up")
    public RoomAnswerResult answer(
            @PathParam("roomKey") @Pattern(regexp = Ids.ROOM_KEY, message = Ids.ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game, @PathParam("roundId") String roundId,
            @NotNull @Valid RoomAnswerRequest request) {
        Room room = room(roomKey);
        int maxPlayers = quotas.playersPerRoomGame();
        return changes.retrying(() -> service.answer(room, game, roundId, request, maxPlayers,
                () -> quotas.take(Quotas.Kind.ROOM_PLAYERS, caller)));
    }

    private Room room(String roomKey) {
        return new Room(caller.client().orElseThrow().id(), roomKey);
    }

    private static String path(Room room) {
        return "/api/v1/rooms/" + room.key() + "/games";
    }
}
