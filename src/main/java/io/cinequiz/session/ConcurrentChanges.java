package io.cinequiz.session;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Transactions that collide with a concurrent change of the same rows (a version check or a unique constraint failed)
 * are run again: the retry sees the other change, so a retried or parallel request takes effect once.
 */
public final class ConcurrentChanges {

    private static final int ATTEMPTS = 20;

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
                    || t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
