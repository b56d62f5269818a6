package io.cinequiz.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Quotas on what requests create (rows that stay in the database): per verified API client (its own quota when the
 * operator gave it one), else per address. Counted per hour in each replica's memory, like the rate limits.
 */
@ConfigMapping(prefix = "quiz.quotas")
public interface QuotasConfig {

    /** Whether the quotas apply at all. */
    @WithDefault("true")
    boolean enabled();

    /** Sessions a client, or one player with a token, may start per hour (a player's own, not its address's). */
    @WithDefault("120")
    int sessionsPerHour();

    /** Player identities an address may get per hour (POST /api/v1/players). */
    @WithDefault("20")
    int playersPerHour();

    /** OpenTDB session tokens a client or an address may request per hour. */
    @WithDefault("60")
    int opentdbTokensPerHour();

    /** Question reports a client or an address may make per hour. */
    @WithDefault("30")
    int reportsPerHour();

    /** Room games a client may start per hour. */
    @WithDefault("600")
    int roomGamesPerHour();

    /** Rooms with an unfinished game a client may have at once (its own quota when the operator gave it one). */
    @WithDefault("100")
    int openRoomsPerClient();

    /** Unfinished sessions one player may have; starting one more ends the player's oldest. */
    @WithDefault("5")
    int openSessionsPerPlayer();

    /** Players one room game may have: the player who would be one more gets 409 room-full. */
    @WithDefault("100")
    int playersPerRoomGame();

    /** Players a client may add to its room games per hour (a player counts once per game it joins). */
    @WithDefault("3000")
    int roomPlayersPerHour();
}
