package io.cinequiz.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/** The score-bucket table (see {@link ScoreBuckets}): counts of players per score bucket, per board. */
@ApplicationScoped
class ScoreBucketRepository {

    /** PostgreSQL: an atomic insert-or-add, also when another transaction inserts the same bucket at the same time. */
    private static final String ADD_POSTGRESQL = "insert into score_bucket (scope_key, window_key, level, bucket, shard,"
            + " players) values (?, ?, ?, ?, ?, ?) on conflict (scope_key, window_key, level, bucket, shard)"
            + " do update set players = score_bucket.players + excluded.players";
    /** H2 has no ON CONFLICT ... DO UPDATE; its MERGE does the same within one database process. */
    private static final String ADD_H2 = "merge into score_bucket t using (values (cast(? as varchar(120)),"
            + " cast(? as varchar(16)), cast(? as smallint), cast(? as bigint), cast(? as smallint), cast(? as integer)))"
            + " s(scope_key, window_key, level, bucket, shard, players)"
            + " on t.scope_key = s.scope_key and t.window_key = s.window_key and t.level = s.level and t.bucket = s.bucket"
            + " and t.shard = s.shard"
            + " when matched then update set players = t.players + s.players"
            + " when not matched then insert (scope_key, window_key, level, bucket, shard, players)"
            + " values (s.scope_key, s.window_key, s.level, s.bucket, s.shard, s.players)";

    /** One short range per level (see {@link ScoreBuckets#above}); a UNION ALL keeps each an index range scan. */
    private static final String ABOVE;

    static {
        StringBuilder sql = new StringBuilder("select coalesce(sum(players), 0) from (");
        for (int level = 0; level < ScoreBuckets.LEVELS; level++) {
            sql.append(level == 0 ? "" : " union all ").append("select players from score_bucket")
                    .append(" where scope_key = :scope and window_key = :window and level = ").append(level)
                    .append(" and bucket between :from").append(level).append(" and :to").append(level);
        }
        ABOVE = sql.append(") above").toString();
    }

    private final EntityManager em;
    private volatile Boolean postgresql;

    ScoreBucketRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds the deltas, in their order (the order their rows are locked in), in one JDBC batch. */
    void add(Map<ScoreBuckets.Key, Integer> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement add = connection.prepareStatement(isPostgresql(connection) ? ADD_POSTGRESQL : ADD_H2)) {
                for (Map.Entry<ScoreBuckets.Key, Integer> delta : deltas.entrySet()) {
                    ScoreBuckets.Key key = delta.getKey();
                    add.setString(1, key.scopeKey());
                    add.setString(2, key.windowKey());
                    add.setInt(3, key.level());
                    add.setLong(4, key.bucket());
                    add.setInt(5, key.shard());
                    add.setInt(6, delta.getValue());
                    add.addBatch();
                }
                add.executeBatch();
            }
        });
    }

    /** The number of players on the board with a score above {@code score}. */
    long playersAbove(Board board, long score) {
        var query = em.createNativeQuery(ABOVE).setParameter("scope", board.scopeKey())
                .setParameter("window", board.windowKey());
        for (ScoreBuckets.Range range : ScoreBuckets.above(score)) {
            query.setParameter("from" + range.level(), range.from()).setParameter("to" + range.level(), range.to());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The number of players on the board. */
    long players(Board board) {
        return ((Number) em.createNativeQuery("select coalesce(sum(players), 0) from score_bucket"
                + " where scope_key = :scope and window_key = :window and level = " + ScoreBuckets.TOP)
                .setParameter("scope", board.scopeKey()).setParameter("window", board.windowKey())
                .getSingleResult()).longValue();
    }

    /**
     * The number of players on the board with each of these exact scores (level 0). One index lookup per score: H2
     * answers {@code bucket in (...)} by scanning the board's whole level 0.
     */
    Map<Long, Long> playersAt(Board board, Collection<Long> scores) {
        Map<Long, Long> counts = new HashMap<>();
        if (scores.isEmpty()) {
            return counts;
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < scores.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("select bucket, players from score_bucket where scope_key ="
                    + " :scope and window_key = :window and level = 0 and bucket = :s").append(i);
        }
        var query = em.createNativeQuery(sql.toString()).setParameter("scope", board.scopeKey())
                .setParameter("window", board.windowKey());
        int i = 0;
        for (long score : scores) {
            query.setParameter("s" + i++, score);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.merge(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private boolean isPostgresql(Connection connection) throws SQLException {
        Boolean known = postgresql;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            postgresql = known;
        }
        return known;
    }
}
