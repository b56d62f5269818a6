package io.cinequiz.session;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Ends idle sessions on a schedule ({@code quiz.sessions.expiry-check-every}), each in a transaction of its own: one
 * session that fails (say, a player answering on another replica at that moment) neither undoes nor stops the others,
 * and the next run tries it again.
 */
@ApplicationScoped
class SessionExpiry {

    private static final Logger LOG = Logger.getLogger(SessionExpiry.class);
    /** Sessions looked at per run; the next run takes the rest. */
    static final int BATCH = 1000;

    private final SessionService service;

    SessionExpiry(SessionService service) {
        this.service = service;
    }

    // The first check one interval after start, not during start-up, where it would compete for the CPU.
    @Scheduled(every = "${quiz.sessions.expiry-check-every:5m}", delayed = "${quiz.sessions.expiry-check-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = expireIdle();
        if (expired > 0) {
            LOG.infof("Expired %d idle session(s)", expired);
        }
    }

    /** Returns how many sessions it ended. */
    int expireIdle() {
        int expired = 0;
        for (String id : service.idleSessionIds(BATCH)) {
            try {
                expired += service.expire(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not expire session %s now; the next run tries again", id);
            }
        }
        return expired;
    }
}
