package io.cinequiz.security;

import java.util.List;

/**
 * What an API client may do, granted when an operator creates it; each scope is a role of the client's identity, so
 * resources check them with {@code @RolesAllowed}.
 */
public final class Scopes {

    /** Play sessions for the client's own players (named by the client, in its namespace). */
    public static final String PLAY = "play";
    /** Run multiplayer games in the client's own rooms. */
    public static final String ROOMS = "rooms";
    /** Read question reports and fair-play flags. */
    public static final String MODERATION = "moderation";
    /** Role of a request carrying a player token (not a scope a client can be given). */
    public static final String PLAYER = "player";
    /** Role of a request carrying the operator secret (not a scope a client can be given). */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(PLAY, ROOMS, MODERATION);

    private Scopes() {
    }
}
