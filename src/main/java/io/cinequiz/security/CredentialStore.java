package io.cinequiz.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Verifies API keys and player tokens against their stored hashes, remembering verified ones for
 * {@code quiz.security.credential-cache}. Only hashes of credentials that verified are kept in memory: an unknown key
 * costs a database lookup (and its sender's address a request of its rate limit), never memory.
 */
@ApplicationScoped
class CredentialStore {

    private final ApiClientRepository clients;
    private final PlayerRepository players;
    private final Cache<String, VerifiedClient> verifiedClients;
    private final Cache<String, String> verifiedPlayers;

    CredentialStore(ApiClientRepository clients, PlayerRepository players, SecurityConfig config) {
        this.clients = clients;
        this.players = players;
        this.verifiedClients = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.credentialCache()).build();
        this.verifiedPlayers = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(config.credentialCache()).build();
    }

    /** The client of a key already verified recently, without touching the database. */
    VerifiedClient cachedClient(String keyHash) {
        return verifiedClients.getIfPresent(keyHash);
    }

    /** The player of a token already verified recently, without touching the database. */
    String cachedPlayer(String tokenHash) {
        return verifiedPlayers.getIfPresent(tokenHash);
    }

    /** The live (not revoked) client whose key hashes to {@code keyHash}. Blocking. */
    @Transactional
    Optional<VerifiedClient> client(String keyHash) {
        Optional<VerifiedClient> client = clients.byKeyHash(keyHash).filter(c -> c.revokedAt == null)
                .map(VerifiedClient::of);
        client.ifPresent(c -> verifiedClients.put(keyHash, c));
        return client;
    }

    /** The id of the player whose token hashes to {@code tokenHash}. Blocking. */
    @Transactional
    Optional<String> player(String tokenHash) {
        Optional<String> player = players.byTokenHash(tokenHash).map(p -> p.id);
        player.ifPresent(p -> verifiedPlayers.put(tokenHash, p));
        return player;
    }

    /** Forgets a revoked client at once on this replica (other replicas within the cache time). */
    void forgetClient(String clientId) {
        verifiedClients.asMap().values().removeIf(c -> c.id().equals(clientId));
    }
}
