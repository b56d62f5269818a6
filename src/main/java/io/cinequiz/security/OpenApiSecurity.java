package io.cinequiz.security;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The credentials of the API, declared once as OpenAPI security schemes; operations name the ones they take. */
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = OpenApiSecurity.API_KEY, type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
            description = "An API client's key (a bot, a frontend), from the operator. Scopes: play (sessions for the"
                    + " client's own players), rooms (its own rooms), moderation (reports and fair-play flags)."),
    @SecurityScheme(securitySchemeName = OpenApiSecurity.PLAYER, type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A player token (pt_...), from POST /api/v1/players: plays as that player."),
    @SecurityScheme(securitySchemeName = OpenApiSecurity.SESSION, type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A session token (st_...), from POST /api/v1/sessions: plays that session."),
    @SecurityScheme(securitySchemeName = OpenApiSecurity.ADMIN, type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "The operator secret (QUIZ_ADMIN_SECRET): the admin API.")
})
public class OpenApiSecurity extends Application {

    public static final String API_KEY = "apiKey";
    public static final String PLAYER = "playerToken";
    public static final String SESSION = "sessionToken";
    public static final String ADMIN = "operatorSecret";
}
