package io.cinequiz.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Transactions that collide with a concurrent change of the same rows are run again: the retry sees the other change,
 * so a retried or parallel request takes effect once. A collision is a version check or a unique constraint that
 * failed, or a transaction the database rolled back for being one of a deadlock or a serialization failure (SQLSTATE
 * class 40), which the database itself says to retry.
 *
 * <p>A transaction that could not start because the database refused the pool a new connection (PostgreSQL's "too many
 * clients", or a database starting up) is run again too, after a pause: nothing of it ran, and by then a connection
 * the pool already holds is usually free; {@link ConnectionLimit} makes the pool wait for one rather than ask the
 * database again. Each retry waits a little longer, with jitter, so that colliding requests do not collide again in
 * step.
 */
@ApplicationScoped
public class ConcurrentChanges {

    private static final int ATTEMPTS = 20;
    private static final long MAX_PAUSE_MILLIS = 250;
    /** Serialization failure, deadlock detected (PostgreSQL; H2 reports a deadlock as 40001 too). */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");
    /**
     * A connection the database would not open, so no statement ran: too many connections, cannot connect now,
     * unable to establish, rejected.
     */
    private static final Set<String> REFUSED_CONNECTION_STATES = Set.of("53300", "57P03", "08001", "08004");

    private final Runnable onRefusedConnection;

    @Inject
    ConcurrentChanges(ConnectionLimit limit) {
        this(limit::refused);
    }

    /** With what to do when the database refuses a connection (tests: nothing, or count). */
    ConcurrentChanges(Runnable onRefusedConnection) {
        this.onRefusedConnection = onRefusedConnection;
    }

    /** Runs a transaction again when it collided with a concurrent change, or the database refused it a connection. */
    public <T> T retrying(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                if (isRefusedConnection(e)) {
                    onRefusedConnection.run();
                }
                pause(attempt);
            }
        }
    }

    public static boolean isRetryable(Throwable e) {
        return isConflict(e) || isRefusedConnection(e);
    }

    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException || t instanceof LockAcquisitionException
                    || t instanceof SQLException sql && in(CONFLICT_STATES, sql)) {
                return true;
            }
        }
        return false;
    }

    /** The database refused to open a connection: no statement of the transaction ran. */
    public static boolean isRefusedConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && in(REFUSED_CONNECTION_STATES, sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(Set<String> states, SQLException e) {
        return e.getSQLState() != null && states.contains(e.getSQLState());
    }

    /** A random pause that grows with the attempt: up to 2, 4, 8 ... milliseconds, at most {@link #MAX_PAUSE_MILLIS}. */
    private static void pause(int attempt) {
        long bound = Math.min(MAX_PAUSE_MILLIS, 1L << Math.min(attempt, 16));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between two attempts of a transaction", interrupted);
        }
    }
}
