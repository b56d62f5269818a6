package io.cinequiz.security;

import io.cinequiz.ratelimit.RateLimitedException;
import io.cinequiz.ratelimit.RateLimiter;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Reads a request's credentials: {@code X-API-Key} (an API client's key) and {@code Authorization: Bearer} when it
 * holds a player token ({@code pt_...}) or the operator secret. Other bearer tokens (a session's) are left to the
 * session API. Authentication is lazy (quarkus.http.auth.proactive=false): it runs when a resource or filter asks for
 * the identity, so that its failures reach the one problem mapper. A request whose credentials do not verify also
 * costs its address a request of the rate limit, so that guessing keys is as slow as any other anonymous use.
 */
@ApplicationScoped
class CallerMechanism implements HttpAuthenticationMechanism {

    static final String API_KEY = "X-API-Key";
    /** Longer values are not keys: refused without a lookup. */
    private static final int MAX_SECRET_LENGTH = 128;

    private final RateLimiter limiter;
    private final byte[] adminSecretHash;

    CallerMechanism(SecurityConfig config, RateLimiter limiter) {
        this.limiter = limiter;
        this.adminSecretHash = config.adminSecret().map(s -> Secrets.hash(s).getBytes(StandardCharsets.US_ASCII))
                .orElse(null);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String apiKey = context.request().getHeader(API_KEY);
        String bearer = bearer(context.request().getHeader("Authorization"));
        boolean admin = bearer != null && isAdminSecret(bearer);
        String playerToken = !admin && bearer != null && bearer.startsWith(Secrets.PLAYER_TOKEN) ? bearer : null;
        if (apiKey == null && playerToken == null && !admin) {
            return Uni.createFrom().optional(java.util.Optional.empty()); // anonymous
        }
        if ((apiKey != null && apiKey.length() > MAX_SECRET_LENGTH)
                || (playerToken != null && playerToken.length() > MAX_SECRET_LENGTH)) {
            return Uni.createFrom().failure(() -> refused(context, new AuthenticationFailedException(
                    apiKey != null && apiKey.length() > MAX_SECRET_LENGTH ? "Unknown or revoked API key"
                            : "Unknown player token")));
        }
        CallerCredentials credentials = new CallerCredentials(apiKey == null ? null : apiKey.trim(), playerToken, admin);
        HttpSecurityUtils.setRoutingContextAttribute(credentials, context);
        return identities.authenticate(credentials)
                .onFailure(AuthenticationFailedException.class).transform(e -> refused(context, e));
    }

    /** The failure to report: the authentication failure, or 429 when the address has no request left. */
    private RuntimeException refused(RoutingContext context, Throwable failure) {
        try {
            limiter.chargeAddress(context.request());
        } catch (RateLimitedException e) {
            return e;
        }
        return failure instanceof RuntimeException r ? r : new AuthenticationFailedException(failure);
    }

    private boolean isAdminSecret(String bearer) {
        return adminSecretHash != null && bearer.length() <= 1024
                && MessageDigest.isEqual(Secrets.hash(bearer).getBytes(StandardCharsets.US_ASCII), adminSecretHash);
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "ApiKey header=\"" + API_KEY + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CallerCredentials.class);
    }
}
