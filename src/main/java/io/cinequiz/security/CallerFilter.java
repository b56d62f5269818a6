package io.cinequiz.security;

import io.cinequiz.ratelimit.RateLimiter;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every API request before anything else looks at it (the rate limits count per verified client), and
 * hands the identity to {@link Caller}. A failure (an unknown key, 401) goes to the problem mapper from here.
 */
class CallerFilter {

    private final CurrentIdentityAssociation identities;
    private final Caller caller;

    CallerFilter(CurrentIdentityAssociation identities, Caller caller) {
        this.identities = identities;
        this.caller = caller;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    Uni<Void> identify(HttpServerRequest http) {
        String address = RateLimiter.address(http);
        return identities.getDeferredIdentity().invoke(identity -> caller.set(identity, address)).replaceWithVoid();
    }
}
