package io.cinequiz.security;

import io.cinequiz.http.PublicUrls;
import io.cinequiz.problem.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator's API: creating, listing and revoking API clients. Every call needs the operator secret
 * ({@code QUIZ_ADMIN_SECRET}) as {@code Authorization: Bearer}; without that variable the admin API is off (401).
 */
@Path("/api/v1/admin/clients")
@Tag(name = "Admin", description = "API clients (bots, frontends): keys, scopes and quotas. Operator secret only")
@RolesAllowed(Scopes.ADMIN)
@SecurityRequirement(name = OpenApiSecurity.ADMIN)
class AdminResource {

    private final ApiClientRepository clients;
    private final CredentialStore credentials;
    private final PublicUrls urls;

    AdminResource(ApiClientRepository clients, CredentialStore credentials, PublicUrls urls) {
        this.clients = clients;
        this.credentials = credentials;
        this.urls = urls;
    }

    @POST
    @Transactional
    @Operation(operationId = "createClient", summary = "Create an API client",
            description = "Creates a client with its scopes and quotas and answers its key, shown this once: the"
                    + " service keeps only its SHA-256. The client's id is also the namespace of its players and"
                    + " communities, so it can never be used again, even after the client is revoked.")
    @APIResponse(responseCode = "201", description = "The client, with its key (Cache-Control: no-store)")
    @APIResponse(responseCode = "400", description = "An invalid id, scope or quota")
    @APIResponse(responseCode = "401", description = "No operator secret, or a wrong one")
    @APIResponse(responseCode = "409", description = "client-exists: a client (maybe revoked) has this id")
    public Response create(@NotNull @Valid CreateClientRequest request) {
        if (clients.findByIdOptional(request.id()).isPresent()) {
            throw ApiException.conflict("client-exists", "A client with id '" + request.id() + "' exists (or existed:"
                    + " revoked ids are not reused, their players keep their namespace)");
        }
        String key = Secrets.newSecret(Secrets.CLIENT_KEY);
        ApiClient client = new ApiClient();
        client.id = request.id();
        client.keyHash = Secrets.hash(key);
        client.scopes = String.join(",", new LinkedHashSet<>(request.scopes()));
        client.requestsPerSecond = request.requestsPerSecond();
        client.burst = request.burst();
        client.sessionsPerHour = request.sessionsPerHour();
        client.openRooms = request.openRooms();
        client.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        clients.persist(client);
        return urls.created("/api/v1/admin/clients/" + client.id)
                .header("Cache-Control", "no-store").entity(ClientView.of(client, key)).build();
    }

    @GET
    @Operation(operationId = "listClients", summary = "List the API clients",
            description = "Every client, revoked ones included, oldest first, without keys.")
    @APIResponse(responseCode = "200", description = "The clients")
    @APIResponse(responseCode = "401", description = "No operator secret, or a wrong one")
    public List<ClientView> list() {
        return clients.listAll(io.quarkus.panache.common.Sort.by("createdAt").and("id")).stream()
                .map(c -> ClientView.of(c, null)).toList();
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getClient", summary = "Get an API client", description = "One client, without its key.")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "401", description = "No operator secret, or a wrong one")
    @APIResponse(responseCode = "404", description = "No client has this id")
    public ClientView get(@PathParam("clientId") String clientId) {
        return ClientView.of(find(clientId), null);
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(operationId = "revokeClient", summary = "Revoke an API client",
            description = "Its key stops working at once on this replica and within quiz.security.credential-cache"
                    + " (10 s) on the others. Its players, standings and rooms' history stay.")
    @APIResponse(responseCode = "204", description = "Revoked (also if it already was)")
    @APIResponse(responseCode = "401", description = "No operator secret, or a wrong one")
    @APIResponse(responseCode = "404", description = "No client has this id")
    public void revoke(@PathParam("clientId") String clientId) {
        QuarkusTransaction.requiringNew().run(() -> {
            ApiClient client = find(clientId);
            if (client.revokedAt == null) {
                client.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
        });
        credentials.forgetClient(clientId); // after the commit: nothing can verify the key again from here on
    }

    private ApiClient find(String clientId) {
        return clients.findByIdOptional(clientId).orElseThrow(() -> ApiException.notFound("Client", clientId));
    }
}
