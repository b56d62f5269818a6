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
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quiz sessions. Every call after creation needs the session's token as {@code Authorization: Bearer <token>}.
 * Changes that collide with a concurrent change of the same session are retried, so that retries and parallel
 * submissions of one answer are scored once.
 */
@Path("/api/v1")
@Tag(name = "Sessions", description = "Timed quiz sessions, scored for correctness and speed")
@SecurityScheme(securitySchemeName = SessionResource.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The session token that POST /api/v1/sessions returns (once), sent as 'Authorization: Bearer"
                + " <token>' on every later call on that session")
class SessionResource {

    /** The OpenAPI security scheme of the session token. */
    static final String TOKEN = "sessionToken";

    private final SessionService service;
    private final SessionMetrics metrics;

    SessionResource(SessionService service, SessionMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @POST
    @Path("/sessions")
    @SecurityRequirements
    @Operation(operationId = "createSession", summary = "Start a quiz session",
            description = "Draws up to `amount` questions matching the filters that the player has not been served"
                    + " yet, and answers the session with its token. The token is shown only this once: send it as"
                    + " `Authorization: Bearer <token>` on every later call on the session.")
    @APIResponse(responseCode = "201", description = "The session, with its token (shown only this once); Location"
            + " gives its address")
    @APIResponse(responseCode = "400", description = "An invalid player, name, filter, amount or time limit, or a body"
            + " that is not the JSON object this operation takes")
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
    @SecurityRequirement(name = TOKEN)
    @Operation(operationId = "getNextQuestion", summary = "Get the current question, starting its clock when first served",
            description = "Serves the session's current question without its answer. The clock of a question starts"
                    + " when it is first served; asking again returns the same question with the time left. A question"
                    + " left unanswered past its deadline counts as timed out, and the next one is served.")
    @APIResponse(responseCode = "200", description = "The question without its answer, with the deadline and time left")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "session-finished: the session is finished")
    @APIResponse(responseCode = "410", description = "question-gone: the catalogue no longer makes the current question")
    public NextQuestion next(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return retrying(() -> service.next(id, bearer(authorization)));
    }

    @POST
    @Path("/sessions/{id}/answers")
    @SecurityRequirement(name = TOKEN)
    @Operation(operationId = "answerQuestion", summary = "Answer the current question",
            description = "Scores the choice (counted from 0) for correctness and speed and reveals the correct"
                    + " choice with its sources. Sending the same answer again (or the same `requestId`) returns the"
                    + " same result and scores once.")
    @APIResponse(responseCode = "200", description = "Points, streak and total, with the correct choice and its sources")
    @APIResponse(responseCode = "400", description = "A missing question id, a choice missing or outside the question's"
            + " options, or a body that is not the JSON object this operation takes")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "not-current: not the current question; already-answered: answered"
            + " differently before; session-finished: the session is finished")
    @APIResponse(responseCode = "410", description = "question-gone: the catalogue no longer makes this question")
    public AnswerResult answer(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @NotNull @Valid AnswerRequest request) {
        return metrics.timeAnswer(() -> retrying(() -> service.answer(id, bearer(authorization), request)));
    }

    @GET
    @Path("/sessions/{id}")
    @SecurityRequirement(name = TOKEN)
    @Operation(operationId = "getSession", summary = "Get a session's state and summary",
            description = "The score so far, the answers given and each question's result; once the session is"
                    + " finished, its final summary.")
    @APIResponse(responseCode = "200", description = "Score, answers so far and per-question results")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return service.summary(id, bearer(authorization));
    }

    @POST
    @Path("/sessions/{id}/finish")
    @SecurityRequirement(name = TOKEN)
    @Operation(operationId = "finishSession", summary = "End a session early",
            description = "Ends the session: the question being answered counts as timed out, the questions never"
                    + " shown go back to the player's pool, and the score counts on the leaderboards. Finishing a"
                    + " finished session returns its summary again.")
    @APIResponse(responseCode = "200", description = "The final summary")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary finish(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return retrying(() -> service.finish(id, bearer(authorization)));
    }

    @DELETE
    @Path("/players/{playerId}/history")
    @SecurityRequirements
    @Operation(operationId = "forgetPlayerHistory",
            summary = "Forget which questions a player has been served, so that they can be served again",
            description = "New sessions draw only questions the player has not been served; once every matching"
                    + " question has been, creating a session answers 409 pool-exhausted. This empties the player's"
                    + " history. Sessions already started keep their questions.")
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
