package io.cinequiz.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {

    private final AtomicInteger refusals = new AtomicInteger();
    private final ConcurrentChanges changes = new ConcurrentChanges(refusals::incrementAndGet);

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException("flush failed",
                new GenericJDBCException("could not execute batch", new SQLException("rolled back", sqlState)));
    }

    /** A transaction that throws {@code failure} in its first {@code failures} runs, then returns "done". */
    private static Supplier<String> failingFirst(int failures, RuntimeException failure, AtomicInteger runs) {
        return () -> {
            if (runs.incrementAndGet() <= failures) {
                throw failure;
            }
            return "done";
        };
    }

    @Test
    void aDeadlockOrSerializationFailureReportedByTheDatabaseIsAConflict() {
        assertTrue(ConcurrentChanges.isConflict(wrapped("40P01")), "PostgreSQL: deadlock detected");
        assertTrue(ConcurrentChanges.isConflict(wrapped("40001")), "serialization failure");
    }

    @Test
    void otherDatabaseFailuresAreNotConflicts() {
        assertFalse(ConcurrentChanges.isConflict(wrapped("08006")), "connection failure");
        assertFalse(ConcurrentChanges.isConflict(wrapped("53300")), "too many clients");
        assertFalse(ConcurrentChanges.isConflict(wrapped(null)), "no SQLSTATE, as a pool's acquisition timeout");
        assertFalse(ConcurrentChanges.isConflict(new IllegalStateException("a bug")));
    }

    @Test
    void aConnectionTheDatabaseRefusedToOpenIsRetryableButALostOneIsNot() {
        assertTrue(ConcurrentChanges.isRetryable(wrapped("53300")), "PostgreSQL: sorry, too many clients already");
        assertTrue(ConcurrentChanges.isRetryable(wrapped("57P03")), "the database system is starting up");
        assertTrue(ConcurrentChanges.isRetryable(wrapped("08001")), "unable to establish a connection");
        assertFalse(ConcurrentChanges.isRetryable(wrapped("08006")), "lost mid-transaction: the commit may have happened");
        assertFalse(ConcurrentChanges.isRetryable(wrapped(null)));
    }

    @Test
    void aTransactionRefusedAConnectionRunsAgainOnceOneIsGiven() {
        AtomicInteger runs = new AtomicInteger();
        String result = changes.retrying(failingFirst(3, wrapped("53300"), runs));
        assertEquals("done", result);
        assertEquals(4, runs.get());
        assertEquals(3, refusals.get(), "each refusal reported, so that the pool keeps to the connections it has");
    }

    @Test
    void aConflictThatNeverClearsIsThrownAfterTheLastAttempt() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException failure = wrapped("40001");
        assertSame(failure, assertThrows(RuntimeException.class,
                () -> changes.retrying(failingFirst(Integer.MAX_VALUE, failure, runs))));
        assertEquals(20, runs.get());
    }

    @Test
    void aTransactionChosenAsADeadlockVictimRunsAgainAndTakesEffectOnce() {
        AtomicInteger runs = new AtomicInteger();
        String result = changes.retrying(failingFirst(2, wrapped("40P01"), runs));
        assertEquals("done", result);
        assertEquals(3, runs.get());
    }

    @Test
    void aFailureThatIsNoConflictIsThrownAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException failure = wrapped("08006");
        assertSame(failure, assertThrows(RuntimeException.class,
                () -> changes.retrying(failingFirst(Integer.MAX_VALUE, failure, runs))));
        assertEquals(1, runs.get());
    }
}
