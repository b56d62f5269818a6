package io.cinequiz.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * The credentials a request carries, for {@link CallerIdentityProvider}: an API key ({@code X-API-Key}), a player token
 * or the operator secret ({@code Authorization: Bearer}); any of them may be absent.
 */
final class CallerCredentials extends BaseAuthenticationRequest {

    final String apiKey;
    final String playerToken;
    final boolean admin;

    CallerCredentials(String apiKey, String playerToken, boolean admin) {
        this.apiKey = apiKey;
        this.playerToken = playerToken;
        this.admin = admin;
    }
}
