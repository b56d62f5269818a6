package io.cinequiz.session;

import io.micrometer.core.instrument.Counter;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Counting events of a transaction when it commits, so that one rolled back, or retried after a conflict, counts once. */
public final class OnCommit {

    private OnCommit() {
    }

    /** Increments the counter now outside a transaction, or when the current transaction commits. */
    public static void increment(TransactionSynchronizationRegistry transactions, Counter counter) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            counter.increment();
        } else if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int outcome) {
                    if (outcome == Status.STATUS_COMMITTED) {
                        counter.increment();
                    }
                }
            });
        }
    }
}
