package io.cinequiz.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a request's credentials into its identity: the client of an API key (its scopes are its roles), the player of a
 * player token (role {@code player}), the operator (role {@code admin}); one request may carry a key and a player
 * token. An unknown or revoked key, or an unknown player token, fails authentication (401).
 */
@ApplicationScoped
class CallerIdentityProvider implements IdentityProvider<CallerCredentials> {

    static final String CLIENT = "cinequiz.client";
    static final String PLAYER = "cinequiz.player";

    private final CredentialStore store;

    CallerIdentityProvider(CredentialStore store) {
        this.store = store;
    }

    @Override
    public Class<CallerCredentials> getRequestType() {
        return CallerCredentials.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CallerCredentials request, AuthenticationRequestContext context) {
        String keyHash = request.apiKey == null ? null : Secrets.hash(request.apiKey);
        String tokenHash = request.playerToken == null ? null : Secrets.hash(request.playerToken);
        VerifiedClient client = keyHash == null ? null : store.cachedClient(keyHash);
        String player = tokenHash == null ? null : store.cachedPlayer(tokenHash);
        if ((keyHash == null || client != null) && (tokenHash == null || player != null)) {
            return Uni.createFrom().item(identity(client, player, request.admin)); // verified recently: no database
        }
        return context.runBlocking(() -> identity(
                keyHash == null ? null : store.client(keyHash).orElseThrow(
                        () -> new AuthenticationFailedException("Unknown or revoked API key")),
                tokenHash == null ? null : store.player(tokenHash).orElseThrow(
                        () -> new AuthenticationFailedException("Unknown player token")),
                request.admin));
    }

    private static SecurityIdentity identity(VerifiedClient client, String player, boolean admin) {
        String name = admin ? "operator" : client != null ? "client:" + client.id() : "player:" + player;
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name));
        if (admin) {
            identity.addRole(Scopes.ADMIN);
        }
        if (client != null) {
            identity.addRoles(java.util.Set.copyOf(client.scopes())).addAttribute(CLIENT, client);
        }
        if (player != null) {
            identity.addRole(Scopes.PLAYER).addAttribute(PLAYER, player);
        }
        return identity.build();
    }
}
