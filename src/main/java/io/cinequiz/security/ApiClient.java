package io.cinequiz.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A program that calls the API with a key (a chat bot, a frontend): its id is also the namespace of the players it
 * names. The key itself is never stored, only its SHA-256. Quotas left null take the configured defaults.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public String id;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    /** Comma-separated scopes (see {@link Scopes}). */
    @Column(nullable = false)
    public String scopes;

    @Column(name = "requests_per_second")
    public Integer requestsPerSecond;

    public Integer burst;

    @Column(name = "sessions_per_hour")
    public Integer sessionsPerHour;

    @Column(name = "open_rooms")
    public Integer openRooms;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public List<String> scopeList() {
        return scopes.isEmpty() ? List.of() : Arrays.asList(scopes.split(","));
    }
}
