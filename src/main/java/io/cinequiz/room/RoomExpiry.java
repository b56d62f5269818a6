package io.cinequiz.room;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Ends idle room games on a schedule ({@code quiz.rooms.expiry-check-every}), each in a transaction of its own, so that
 * a bot that left a game running does not keep its room (and its quota of open rooms) forever.
 */
@ApplicationScoped
class RoomExpiry {

    private static final Logger LOG = Logger.getLogger(RoomExpiry.class);
    /** Games looked at per run; the next run takes the rest. */
    static final int BATCH = 500;

    private final RoomService service;

    RoomExpiry(RoomService service) {
        this.service = service;
    }

    // The first check one interval after start, not during start-up, where it would compete for the CPU.
    @Scheduled(every = "${quiz.rooms.expiry-check-every:5m}", delayed = "${quiz.rooms.expiry-check-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = expireIdle();
        if (expired > 0) {
            LOG.infof("Expired %d idle room game(s)", expired);
        }
    }

    /** Returns how many games it ended. */
    int expireIdle() {
        int expired = 0;
        for (String id : service.idleGameIds(BATCH)) {
            try {
                expired += service.expire(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not expire room game %s now; the next run tries again", id);
            }
        }
        return expired;
    }
}
