package io.cinequiz.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A player the service issued to an anonymous frontend (the web page): an id ({@code p-...}) and a token, stored only
 * as its SHA-256, that proves it. Players a client names with its key have no row: they are the client's.
 */
@Entity
@Table(name = "player")
public class Player {

    @Id
    public String id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
