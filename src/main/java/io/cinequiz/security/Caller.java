package io.cinequiz.security;

import io.cinequiz.problem.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who is calling, as {@link CallerFilter} verified it: an API client (by its key), a player (by its token), both, or
 * nobody, and from which address. Resources ask it whose player or community a request may act for: a client names its
 * own players and communities by local ids, which the service keeps as {@code <client id>:<local id>}, so that two
 * clients' "u-81" are two players.
 */
@RequestScoped
public class Caller {

    /** Separates a client's id from the local id of one of its players or communities. */
    public static final String NAMESPACE_SEPARATOR = ":";

    private SecurityIdentity identity;
    private String address;

    void set(SecurityIdentity identity, String address) {
        this.identity = identity;
        this.address = address;
    }

    /** The address the request counts against (the peer's, or a trusted proxy's forwarded one; IPv6 by /64). */
    public String address() {
        return address;
    }

    public Optional<VerifiedClient> client() {
        return identity == null ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(CallerIdentityProvider.CLIENT));
    }

    /** The player of the request's player token, if it carries one. */
    public Optional<String> tokenPlayer() {
        return identity == null ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(CallerIdentityProvider.PLAYER));
    }

    public boolean has(String scope) {
        return identity != null && identity.hasRole(scope);
    }

    /**
     * The player a request plays as: the player of its token, or else, for a client with the {@code play} scope, the
     * client's player {@code localId} (required then). 401 without either credential, 403 without the scope.
     */
    public String player(String localId) {
        Optional<String> token = tokenPlayer();
        if (token.isPresent()) {
            if (localId != null && !localId.isBlank() && !localId.trim().equals(token.get())) {
                throw ApiException.badRequest("playerId: a request with a player token plays as that token's player ("
                        + token.get() + "); leave playerId out");
            }
            return token.get();
        }
        VerifiedClient client = playingClient();
        if (localId == null || localId.isBlank()) {
            throw ApiException.badRequest("playerId is required with an API key: your own id for the player");
        }
        return qualified(client, localId.trim());
    }

    /**
     * The full id of a player the caller owns, named in a path: its token's player, or one of its client's players by
     * local id (or by full id in its namespace). 403 for anyone else's player.
     */
    public String ownPlayer(String named) {
        String id = named.trim();
        if (tokenPlayer().filter(id::equals).isPresent()) {
            return id;
        }
        if (client().isPresent() && has(Scopes.PLAY)) {
            String prefix = client().get().id() + NAMESPACE_SEPARATOR;
            if (id.startsWith(prefix)) {
                return id;
            }
            if (!id.contains(NAMESPACE_SEPARATOR)) {
                return prefix + id;
            }
        }
        if (identity == null || identity.isAnonymous()) {
            throw unauthorized("This operation needs the player's token (Authorization: Bearer) or the API key of the"
                    + " client whose player it is");
        }
        throw new ApiException(403, "forbidden", "Forbidden", "Player '" + id + "' is not yours");
    }

    /** The caller's community {@code localId}, kept in its client's namespace; a community needs an API client. */
    public String community(String localId) {
        if (localId == null || localId.isBlank()) {
            return null;
        }
        VerifiedClient client = client().orElseThrow(() -> ApiException.badRequest(
                "community needs an API key: communities belong to the client that names them"));
        return qualified(client, localId.trim());
    }

    /**
     * How a name in a public query (a leaderboard's community or player) is read: with an API key, a name without
     * {@code :} is the client's own; otherwise it is taken as the full id it is.
     */
    public String lookup(String name) {
        if (name == null || name.isBlank() || name.contains(NAMESPACE_SEPARATOR) || client().isEmpty()) {
            return name;
        }
        return qualified(client().get(), name);
    }

    private VerifiedClient playingClient() {
        VerifiedClient client = client().orElseThrow(() -> unauthorized("Playing needs a player token"
                + " (POST /api/v1/players gives one) or an API key with the play scope"));
        if (!client.scopes().contains(Scopes.PLAY)) {
            throw new ApiException(403, "forbidden", "Forbidden", "This API key lacks the play scope");
        }
        return client;
    }

    private static String qualified(VerifiedClient client, String localId) {
        return client.id() + NAMESPACE_SEPARATOR + localId;
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail);
    }
}
