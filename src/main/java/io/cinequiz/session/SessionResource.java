package io.cinequiz.session;

import io.cinequiz.database.ConcurrentChanges;
import io.cinequiz.http.PublicUrls;
import io.cinequiz.ratelimit.Quotas;
import io.cinequiz.security.Caller;
import io.cinequiz.security.OpenApiSecurity;
import io.cinequiz.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quiz sessions. A session is started by its player: with the player's token, or with the API key of the client whose
 * player it is. Every call after creation needs the session's token as {@code Authorization: Bearer <token>}.
 * Changes that collide with a concurrent change of the same session are retried, so that retries and parallel
 * submissions of one answer are scored once.
 */
@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "Timed quiz sessions, scored for correctness and speed")
class SessionResource {

    private final SessionService service;
    private final SessionMetrics metrics;
    private final Caller caller;
    private final PublicUrls urls;
    private final Quotas quotas;
    private final ConcurrentChanges changes;

    SessionResource(SessionService service, SessionMetrics metrics, Caller caller, PublicUrls urls, Quotas quotas,
            ConcurrentChanges changes) {
        this.service = service;
        this.metrics = metrics;
        this.caller = caller;
        this.urls = urls;
        this.quotas = quotas;
        this.changes = changes;
    }

    @POST
    @RolesAllowed({Scopes.PLAYER, Scopes.PLAY})
    @SecurityRequirement(name = OpenApiSecurity.PLAYER)
    @SecurityRequirement(name = OpenApiSecurity.API_KEY)
    @Operation(operationId = "createSession", summary = "Start a quiz session",
            description = "Starts a session for the request's player: the player of its player token (from POST"
                    + " /api/v1/players), or, with an API key with the play scope, the client's player named by"
                    + " `playerId`. Draws up to `amount` questions matching the filters that the player has not been"
                    + " served yet, each served with an id and an option order of this session only, and answers the"
                    + " session with its token (st_...). The token is shown only this once: send it as"
                    + " `Authorization: Bearer <token>` on every later call on the session. The time per question is"
                    + " the service's, the same for every session. A player has at most a few unfinished sessions"
                    + " (quiz.quotas.open-sessions-per-player): starting one more ends the player's oldest; a client"
                    + " (or a player with a token) starts at most quiz.quotas.sessions-per-hour an hour.")
    @APIResponse(responseCode = "201", description = "The session, with its token (shown only this once,"
            + " Cache-Control: no-store); Location gives its address")
    @APIResponse(responseCode = "400", description = "An invalid player, name, community, filter or amount, or a body"
            + " that is not the JSON object this operation takes")
    @APIResponse(responseCode = "401", description = "No player token and no API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the play scope")
    @APIResponse(responseCode = "404", description = "Unknown film, or no question matches the filter")
    @APIResponse(responseCode = "409", description = "pool-exhausted: the player has been served every matching question")
    public Response create(@NotNull @Valid CreateSessionRequest request) {
        String player = caller.player(request.playerId());
        String community = caller.community(request.community());
        quotas.take(Quotas.Kind.SESSIONS, caller);
        SessionCreated created = changes.retrying(() -> service.create(player, community, request));
        metrics.started();
        return urls.created("/api/v1/sessions/" + created.sessionId()).header("Cache-Control", "no-store")
                .entity(created).build();
    }

    @GET
    @Path("/{id}/next")
    @SecurityRequirement(name = OpenApiSecurity.SESSION)
    @Operation(operationId = "getNextQuestion", summary = "Get the current question, starting its clock when first served",
            description = "Serves the session's current question without its answer, under an id and in an option"
                    + " order of this session only. The clock of a question starts when it is first served; asking"
                    + " again returns the same question with the time left. A question left unanswered past its"
                    + " deadline counts as timed out, and the next one is served.")
    @APIResponse(responseCode = "200", description = "The question without its answer, with the deadline and time left")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "session-finished: the session is finished")
    @APIResponse(responseCode = "410", description = "question-gone: the catalogue no longer makes this question")
    public NextQuestion next(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return changes.retrying(() -> service.next(id, bearer(authorization)));
    }

    @POST
    @Path("/{id}/answers")
    @SecurityRequirement(name = OpenApiSecurity.SESSION)
    @Operation(operationId = "answerQuestion", summary = "Answer the current question",
            description = "Scores the choice (counted from 0, as the session shows the options) for correctness and"
                    + " speed and reveals the correct choice, its sources and the question's bank id. Sending the same"
                    + " answer again (or the same `requestId`) returns the same result and scores once.")
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
        return metrics.timeAnswer(() -> changes.retrying(() -> service.answer(id, bearer(authorization), request)));
    }

    @GET
    @Path("/{id}/questions/{questionId}")
    @SecurityRequirement(name = OpenApiSecurity.SESSION)
    @Operation(operationId = "revealQuestion", summary = "Reveal a question once it is answered or timed out",
            description = "For a served question (by the id it was served with) that is answered or past its deadline"
                    + " (it then times out here, as when the next one is asked for): the result, the correct choice,"
                    + " the explanation, the sources and the question's bank id.")
    @APIResponse(responseCode = "200", description = "The result and the reveal")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session, or no question served with this id")
    @APIResponse(responseCode = "409", description = "not-answered: the question is still open")
    @APIResponse(responseCode = "410", description = "question-gone: the catalogue no longer makes this question")
    public AnswerResult reveal(@PathParam("id") String id, @PathParam("questionId") String questionId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return changes.retrying(() -> service.reveal(id, bearer(authorization), questionId));
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = OpenApiSecurity.SESSION)
    @Operation(operationId = "getSession", summary = "Get a session's state and summary",
            description = "The score so far, the answers given and the result of each question served so far (those"
                    + " not served yet are only counted in `total`); once the session is finished, its final summary.")
    @APIResponse(responseCode = "200", description = "Score, answers so far and per-question results")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return service.summary(id, bearer(authorization));
    }

    @POST
    @Path("/{id}/finish")
    @SecurityRequirement(name = OpenApiSecurity.SESSION)
    @Operation(operationId = "finishSession", summary = "End a session early",
            description = "Ends the session: the question being answered counts as timed out, the questions never"
                    + " shown go back to the player's pool, and the score counts on the leaderboards. Finishing a"
                    + " finished session returns its summary again.")
    @APIResponse(responseCode = "200", description = "The final summary")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Another session's token")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionSummary finish(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return changes.retrying(() -> service.finish(id, bearer(authorization)));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }
}
