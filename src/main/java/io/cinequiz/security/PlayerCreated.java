package io.cinequiz.security;

/** A player the service issued: its id and its token, shown once (send it as {@code Authorization: Bearer}). */
public record PlayerCreated(String playerId, String token) {
}
