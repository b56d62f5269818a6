package io.cinequiz.opentdb;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Forgets idle OpenTDB tokens every hour; an idle token is refused (code 3) from the moment it expires anyway. */
@ApplicationScoped
class TokenExpiry {

    private static final Logger LOG = Logger.getLogger(TokenExpiry.class);

    private final OpenTdbService service;

    TokenExpiry(OpenTdbService service) {
        this.service = service;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        long expired = service.expireIdle();
        if (expired > 0) {
            LOG.infof("Forgot %d idle OpenTDB token(s)", expired);
        }
    }
}
