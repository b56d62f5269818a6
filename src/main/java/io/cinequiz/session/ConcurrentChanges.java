package io.cinequiz.session;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Transactions that collide with a concurrent change of the same rows are run again: the retry sees the other change,
 * so a retried or parallel request takes effect once. A collision is a version check or a unique constraint that
 * failed, or a transaction the database rolled back for being one of a deadlock or a serialization failure (SQLSTATE
 * class 40), which the database itself says to retry.
 */
public final class ConcurrentChanges {

    private static final int ATTEMPTS = 20;
    /** Serialization failure, deadlock detected (PostgreSQL; H2 reports a deadlock as 40001 too). */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    private ConcurrentChanges() {
    }

    /** Runs a transaction again when it collided with a concurrent change of the same rows. */
    public static <T> T retrying(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException || t instanceof LockAcquisitionException
                    || t instanceof SQLException sql && isTransient(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(String sqlState) {
        return sqlState != null && TRANSIENT_STATES.contains(sqlState);
    }
}
