package io.cinequiz.opentdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An OpenTDB session token: it remembers which questions it has served, so that none is served twice. */
@Entity
@Table(name = "opentdb_token")
public class Token {

    @Id
    public String token;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    public Instant lastUsedAt;
}
