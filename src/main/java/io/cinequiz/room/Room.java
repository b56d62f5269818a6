package io.cinequiz.room;

import io.cinequiz.security.Caller;

/**
 * A room of an API client: the client's own key for it (a chat channel's id) and, as stored, the key in the client's
 * namespace, so that two clients' "guild-7:quiz" are two rooms and neither can reach the other's.
 */
record Room(String clientId, String key) {

    /** The key as stored: {@code <client>:<key>}. */
    String stored() {
        return clientId + Caller.NAMESPACE_SEPARATOR + key;
    }

    /** The full id of the client's player {@code localId}. */
    String player(String localId) {
        return clientId + Caller.NAMESPACE_SEPARATOR + localId;
    }
}
