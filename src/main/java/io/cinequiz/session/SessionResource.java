package io.cinequiz.session;

import static io.cinequiz.session.ConcurrentChanges.retrying;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quiz sessions. Every call after creation needs the session's token as {@code Authorization: Bearer <token>}.
 * Changes that collide with a concurrent change of the same session are retried, so that retries and parallel
 * submissions of one answer are scored once.
 */
@Path("/api/v1")
@Tag(name = "Sessions", description = "Timed quiz sessions, scored for correctness and speed")
class SessionResource {

    private final SessionService service;
    private final SessionMetrics metrics;

    SessionResource(SessionService service, SessionMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @POST
    @Path("/sessions")
    @Operation(summary = "Start a quiz session")
    @APIResponse(responseCode = "201", description = "The session, with its token (shown only this once)")
    @APIResponse(responseCode = "400", description = "Invalid player, name, filter, amount or time limit")
    @APIResponse(responseCode = "404", description = "Unknown film, or no question matches the filter")
    @APIResponse(responseCode = "409", description = "pool-exhausted: the player has been served every matching question")
    public Response create(@NotNull @Valid CreateSessionRequest request, @Context UriInfo uri) {
        SessionCreated created = retrying(() -> service.create(request));
        metrics.started();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions").path(created.sessionId()).build())
                .entity(created).build();
    }

    @GET
    @Path("/sessions/{id}/next")
    @Operation(summary = "Get the current question, starting its clock when first served")
    @APIResponse(responseCode = "200", description = "The question without its answer, with the deadline and time left")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "The session is finished")
    public NextQuestion next(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return retrying(() -> service.next(id, bearer(authorization)));
    }

    @POST
    @Path("/sessions/{id}/answers")
    @Operation(summary = "Answer the current question")
    @APIResponse(responseCode = "200", description = "Points, streak and total, with the correct choice and its sources")
    @APIResponse(responseCode = "400", description = "Invalid answer")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Not the current question, or already answered differently")
    public AnswerResult answer(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @NotNull @Valid AnswerRequest request) {
        return metrics.timeAnswer(() -> retrying(() -> service.answer(id, bearer(authorization), request)));
    }

    @GET
    @Path("/sessions/{id}")
    @Operation(summary = "Get a session's state and summary")
    @APIResponse(responseCode = "200", description = "Score, answers so far and per-question results")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return service.summary(id, bearer(authorization));
    }

    @POST
    @Path("/sessions/{id}/finish")
    @Operation(summary = "End a session early")
    @APIResponse(responseCode = "200", description = "The final summary")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary finish(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return retrying(() -> service.finish(id, bearer(authorization)));
    }

    @DELETE
    @Path("/players/{playerId}/history")
    @Operation(summary = "Forget which questions a player has been served, so that they can be served again")
    @APIResponse(responseCode = "204", description = "The history is empty")
    public void forgetHistory(@PathParam("playerId") String playerId) {
        service.forgetHistory(playerId.trim());
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }
}
