package io.cinequiz.session;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Ends idle sessions on a schedule ({@code quiz.sessions.expiry-check-every}). */
@ApplicationScoped
class SessionExpiry {

    private static final Logger LOG = Logger.getLogger(SessionExpiry.class);

    private final SessionService service;

    SessionExpiry(SessionService service) {
        this.service = service;
    }

    @Scheduled(every = "${quiz.sessions.expiry-check-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int expired = service.expireIdle();
        if (expired > 0) {
            LOG.infof("Expired %d idle session(s)", expired);
        }
    }
}
