package io.cinequiz.retention;

import io.cinequiz.fairplay.FairPlay;
import io.cinequiz.leaderboard.LeaderboardRetention;
import io.cinequiz.room.RoomRetention;
import io.cinequiz.session.QuizClock;
import io.cinequiz.session.SessionRetention;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * Deletes, on a schedule ({@code quiz.retention.every}) and on every replica, what play leaves behind once it is old
 * ({@link RetentionConfig}): finished sessions and room games, past leaderboard periods, counted-game markers, old
 * no-repeat history and old fair-play flags. Each batch is a transaction of its own, so the job never holds many locks
 * and a failure costs one batch, retried by the next run.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    /** Rows per transaction. */
    static final int BATCH = 500;
    /** Batches per kind and run; the next run goes on. */
    static final int MAX_BATCHES = 40;

    private final SessionRetention sessions;
    private final RoomRetention rooms;
    private final LeaderboardRetention leaderboards;
    private final FairPlay fairPlay;
    private final QuizClock clock;
    private final RetentionConfig config;

    Retention(SessionRetention sessions, RoomRetention rooms, LeaderboardRetention leaderboards, FairPlay fairPlay,
            QuizClock clock, RetentionConfig config) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.leaderboards = leaderboards;
        this.fairPlay = fairPlay;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${quiz.retention.every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            Counts counts = purge();
            if (counts.total() > 0) {
                LOG.infof("Retention: deleted %s", counts);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Retention: a purge failed; the next run tries again");
        }
    }

    /** What one run deleted. */
    public record Counts(int sessions, int roomGames, int standings, int countedGames, int servedHistory, int flags) {

        int total() {
            return sessions + roomGames + standings + countedGames + servedHistory + flags;
        }

        @Override
        public String toString() {
            return sessions + " session(s), " + roomGames + " room game(s), " + standings + " past standing(s), "
                    + countedGames + " counted-game marker(s), " + servedHistory + " history row(s), " + flags
                    + " flag(s)";
        }
    }

    /** One run: deletes everything that is old enough now. */
    public Counts purge() {
        Instant now = clock.now();
        int standings = 0;
        for (String window : leaderboards.pastWindows(now, config.pastPeriods())) {
            standings += leaderboards.purgeWindow(window);
        }
        return new Counts(
                batches(() -> sessions.purgeFinished(now.minus(config.sessions()), BATCH)),
                batches(() -> rooms.purgeFinished(now.minus(config.roomGames()), BATCH)),
                standings,
                batches(() -> leaderboards.purgeCountedGames(now.minus(config.countedGames()), BATCH)),
                batches(() -> sessions.purgeServedHistory(now.minus(config.servedHistory()), BATCH)),
                batches(() -> fairPlay.purgeOlderThan(now.minus(config.flags()), BATCH)));
    }

    private static int batches(IntSupplier batch) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int deleted = batch.getAsInt();
            total += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return total;
    }
}
