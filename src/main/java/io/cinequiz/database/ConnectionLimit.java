package io.cinequiz.database;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The connection pool's size, learnt from the database when it refuses a new connection.
 *
 * <p>A pool below its maximum opens a new connection when none is free, and fails the request if the database refuses
 * it (PostgreSQL at {@code max_connections}: "sorry, too many clients already"), even though one of the pool's own
 * connections would be free a moment later. So on a refusal the pool keeps to the connections it holds: its maximum
 * drops to that count, and requests wait for one of them (up to the pool's acquisition timeout). A minute later the
 * configured maximum ({@code quarkus.datasource.jdbc.max-size}) is back, in case the database has room again.
 */
@ApplicationScoped
public class ConnectionLimit {

    private static final Logger LOG = Logger.getLogger(ConnectionLimit.class);

    private final AgroalDataSource dataSource;
    private final int configuredMax;

    ConnectionLimit(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        this.configuredMax = pool().maxSize();
    }

    /** The database refused the pool a new connection: keep to the connections the pool has open. */
    public synchronized void refused() {
        AgroalDataSourceMetrics metrics = dataSource.getMetrics();
        int open = (int) (metrics.activeCount() + metrics.availableCount());
        if (open > 0 && open < pool().maxSize()) {
            pool().setMaxSize(open);
            LOG.warnf("The database refused a new connection: the pool keeps to the %d it has (configured %d) for"
                    + " a minute; requests wait for one of them", open, configuredMax);
        }
    }

    /** Reports a refused connection ({@link #refused()}) if {@code e} is one. */
    public void refusedIfSo(Throwable e) {
        if (ConcurrentChanges.isRefusedConnection(e)) {
            refused();
        }
    }

    /**
     * The database refused a connection, or the pool had none free within its acquisition timeout (Agroal's
     * exceptions carry no SQLSTATE: their message says it).
     */
    public static boolean isBusy(Throwable e) {
        if (ConcurrentChanges.isRefusedConnection(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message of a failure, for the log. */
    public static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The most connections the pool opens now. */
    public int max() {
        return pool().maxSize();
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void restore() {
        if (pool().maxSize() < configuredMax) {
            pool().setMaxSize(configuredMax);
            LOG.infof("The pool may open up to %d connections again", configuredMax);
        }
    }

    private AgroalConnectionPoolConfiguration pool() {
        return dataSource.getConfiguration().connectionPoolConfiguration();
    }
}
