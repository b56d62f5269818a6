package io.cinequiz.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException("flush failed",
                new GenericJDBCException("could not execute batch", new SQLException("rolled back", sqlState)));
    }

    @Test
    void aDeadlockOrSerializationFailureReportedByTheDatabaseIsAConflict() {
        assertTrue(ConcurrentChanges.isConflict(wrapped("40P01")), "PostgreSQL: deadlock detected");
        assertTrue(ConcurrentChanges.isConflict(wrapped("40001")), "serialization failure");
    }

    @Test
    void otherDatabaseFailuresAreNotConflicts() {
        assertFalse(ConcurrentChanges.isConflict(wrapped("08006")), "connection failure");
        assertFalse(ConcurrentChanges.isConflict(wrapped(null)), "no SQLSTATE, as a pool's acquisition timeout");
        assertFalse(ConcurrentChanges.isConflict(new IllegalStateException("a bug")));
    }

    @Test
    void aTransactionChosenAsADeadlockVictimRunsAgainAndTakesEffectOnce() {
        AtomicInteger runs = new AtomicInteger();
        String result = ConcurrentChanges.retrying(() -> {
            if (runs.incrementAndGet() < 3) {
                throw wrapped("40P01");
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, runs.get());
    }

    @Test
    void aFailureThatIsNoConflictIsThrownAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException failure = wrapped("08006");
        assertSame(failure, assertThrows(RuntimeException.class, () -> ConcurrentChanges.retrying(() -> {
            runs.incrementAndGet();
            throw failure;
        })));
        assertEquals(1, runs.get());
    }
}
