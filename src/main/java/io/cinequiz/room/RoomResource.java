package io.cinequiz.room;

import static io.cinequiz.session.ConcurrentChanges.retrying;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Multiplayer games in rooms (chat channels): one unfinished game per room. {@code {game}} is {@code current} (the
 * room's latest game) or a game's id. Changes that collide with a concurrent change are retried, so bot retries and
 * parallel submissions take effect once.
 */
@Path("/api/v1/rooms/{roomKey}/games")
@Tag(name = "Rooms", description = "Multiplayer games for chat channels: rounds, answers by speed, scores to a target")
@SecurityRequirements
class RoomResource {

    /** Anchored, so that the OpenAPI document (where a pattern may match part of a value) means what Java means. */
    private static final String ROOM_KEY = "^[A-Za-z0-9_.:-]{1,64}$";
    private static final String ROOM_KEY_MESSAGE = "must be 1 to 64 letters, digits or _.:- characters";

    private final RoomService service;

    RoomResource(RoomService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "startRoomGame", summary = "Start a game in a room",
            description = "Starts a game in a room (a chat channel, say) that has no unfinished game. Players join by"
                    + " answering; the first to `targetScore` correct answers wins. When the game ends, every player's"
                    + " game counts on the leaderboards.")
    @APIResponse(responseCode = "201", description = "The game; Location gives its address")
    @APIResponse(responseCode = "400", description = "An invalid room key, filter, target score, time or community, or a"
            + " body that is not the JSON object this operation takes")
    @APIResponse(responseCode = "404", description = "Unknown film, or no question matches the filter")
    @APIResponse(responseCode = "409", description = "game-in-progress: the room has an unfinished game")
    public Response start(@PathParam("roomKey") @Pattern(regexp = ROOM_KEY, message = ROOM_KEY_MESSAGE) String roomKey,
            @NotNull @Valid StartGameRequest request, @Context UriInfo uri) {
        RoomGameView game = retrying(() -> service.start(roomKey, request));
        return Response.created(uri.getAbsolutePathBuilder().path(game.gameId()).build()).entity(game).build();
    }

    @GET
    @Path("/{game}")
    @Operation(operationId = "getRoomGame", summary = "Get a game's scores (current: the room's latest game)",
            description = "The game's settings, its current round and its players' scores, best first; a round past"
                    + " its deadline is closed first.")
    @APIResponse(responseCode = "200", description = "The game, its current round and its players' scores, best first")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "404", description = "The room has no game, or no such game in the room")
    public RoomGameView game(@PathParam("roomKey") @Pattern(regexp = ROOM_KEY, message = ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game) {
        return retrying(() -> service.game(roomKey, game));
    }

    @DELETE
    @Path("/{game}")
    @Operation(operationId = "endRoomGame", summary = "End a game without a winner (scores still count on the leaderboards)",
            description = "Closes the open round and ends the game with end reason `ended`, so that the room can start"
                    + " another. Ending an ended game returns it as it was.")
    @APIResponse(responseCode = "200", description = "The ended game (as it was, if it had already ended)")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "404", description = "The room has no game, or no such game in the room")
    public RoomGameView end(@PathParam("roomKey") @Pattern(regexp = ROOM_KEY, message = ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game) {
        return retrying(() -> service.end(roomKey, game));
    }

    @POST
    @Path("/{game}/rounds")
    @Operation(operationId = "startRoomRound", summary = "Serve the next question to the room",
            description = "Opens the next round with a question not yet played in this game. The current round must"
                    + " be closed: past its deadline, or answered by every player. If the last round won the game, or"
                    + " no question is left, the game ends instead.")
    @APIResponse(responseCode = "201", description = "The new round (RoomRoundView), with its deadline")
    @APIResponse(responseCode = "200", description = "The game ended instead (RoomGameView): the last round reached"
            + " the target score, or no question is left (endReason questions-exhausted)")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "404", description = "The room has no game, or no such game in the room")
    @APIResponse(responseCode = "409", description = "round-open: the current round still takes answers;"
            + " game-finished: the game is over")
    public Response nextRound(
            @PathParam("roomKey") @Pattern(regexp = ROOM_KEY, message = ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game, @Context UriInfo uri) {
        RoomService.Next next = retrying(() -> service.nextRound(roomKey, game));
        if (next.round() == null) {
            return Response.ok(next.ended()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/rooms").path(roomKey).path("games")
                .path(next.round().gameId()).path("rounds").path(next.round().roundId()).build())
                .entity(next.round()).build();
    }

    @GET
    @Path("/{game}/rounds/{roundId}")
    @Operation(operationId = "getRoomRound",
            summary = "Get a round: who answered, and once it is closed the correct choice, sources and results",
            description = "While the round is open: the question, the time left and who has answered (not what)."
                    + " Once closed: every answer, the correct choice with its explanation and sources, and the first"
                    + " correct player.")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "400", description = "Invalid room key")
    @APIResponse(responseCode = "404", description = "No such room, game or round")
    @APIResponse(responseCode = "410", description = "question-gone: the catalogue no longer makes the round's question")
    public RoomRoundView round(@PathParam("roomKey") @Pattern(regexp = ROOM_KEY, message = ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game, @PathParam("roundId") String roundId) {
        return retrying(() -> service.round(roomKey, game, roundId));
    }

    @POST
    @Path("/{game}/rounds/{roundId}/answers")
    @Operation(operationId = "answerRoomRound", summary = "Answer a round (a player joins the game with their first answer)",
            description = "Records a player's choice (counted from 0) in the open round; faster correct answers earn"
                    + " more points. Sending the same answer again (or the same `requestId`) returns the same result.")
    @APIResponse(responseCode = "200", description = "Correct or not, points by speed, first correct answer or not")
    @APIResponse(responseCode = "400", description = "An invalid room key, player, name, choice or request id, or a"
            + " body that is not the JSON object this operation takes")
    @APIResponse(responseCode = "404", description = "No such room, game or round")
    @APIResponse(responseCode = "409", description = "already-answered (differently), round-closed (a later round is"
            + " being played), or game-finished")
    @APIResponse(responseCode = "410", description = "question-gone: the catalogue no longer makes the round's question")
    public RoomAnswerResult answer(
            @PathParam("roomKey") @Pattern(regexp = ROOM_KEY, message = ROOM_KEY_MESSAGE) String roomKey,
            @PathParam("game") String game, @PathParam("roundId") String roundId,
            @NotNull @Valid RoomAnswerRequest request) {
        return retrying(() -> service.answer(roomKey, game, roundId, request));
    }
}
