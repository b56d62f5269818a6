package io.cinequiz.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Which questions each player has been served, so that none is served again until the player's pool runs out. */
@ApplicationScoped
public class PlayerHistory {

    private final ServedQuestionRepository served;

    PlayerHistory(ServedQuestionRepository served) {
        this.served = served;
    }

    /** Forgets what the player (a full player id) was served; returns how many questions that was. */
    @Transactional
    public long forget(String playerId) {
        return served.forget(playerId);
    }
}
