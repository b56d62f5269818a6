package io.cinequiz.leaderboard;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Sort.Direction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Standings in board order: score descending, then who reached it first, then player id. Every query orders by the
 * board's key columns too, although they are fixed by the query: H2 reads the index {@code standing_board} in order
 * (forwards or backwards) only when the ORDER BY names its leading columns; otherwise it sorts the whole board.
 */
@ApplicationScoped
class StandingRepository implements PanacheRepositoryBase<Standing, Standing.Key> {

    private static final Sort BOARD_ORDER = Sort.by("scopeKey").and("windowKey").and("score", Direction.Descending)
            .and("reachedAt").and("playerId");
    private static final Sort REVERSE_ORDER = Sort.by("scopeKey", Direction.Descending)
            .and("windowKey", Direction.Descending).and("score").and("reachedAt", Direction.Descending)
            .and("playerId", Direction.Descending);

    Optional<Standing> of(Board board, String playerId) {
        return findByIdOptional(new Standing.Key(board, playerId));
    }

    /** The standing, locked for the rest of the transaction (null if the player is not on the board). */
    Standing forUpdate(Board board, String playerId) {
        return findById(new Standing.Key(board, playerId), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * {@code limit} standings from board position {@code offset} (0 is the top), in board order. The page's keys come
     * first from the board index alone, then the standings by primary key: asked for whole rows with no condition on
     * the score, H2's planner prefers the primary key and sorts the whole board (45 s at a million rows).
     */
    List<Standing> page(Board board, int offset, int limit) {
        return getEntityManager().createQuery("select s from (select k.scopeKey as scopeKey, k.windowKey as windowKey,"
                + " k.playerId as playerId, k.score as score, k.reachedAt as reachedAt from Standing k"
                + " where k.scopeKey = ?1 and k.windowKey = ?2"
                + " order by k.scopeKey, k.windowKey, k.score desc, k.reachedAt, k.playerId offset ?3 rows fetch first ?4 rows only) p"
                + " join Standing s on s.scopeKey = p.scopeKey and s.windowKey = p.windowKey and s.playerId = p.playerId"
                + " order by p.score desc, p.reachedAt, p.playerId", Standing.class)
                .setParameter(1, board.scopeKey()).setParameter(2, board.windowKey())
                .setParameter(3, offset).setParameter(4, limit).getResultList();
    }

    /** Up to {@code n} standings just above {@code s}, the nearest first. */
    List<Standing> ahead(Standing s, int n) {
        List<Standing> tied = find("scopeKey = ?1 and windowKey = ?2 and score = ?3 and reachedAt <= ?4"
                + " and (reachedAt < ?4 or playerId < ?5)", REVERSE_ORDER,
                s.scopeKey, s.windowKey, s.score, s.reachedAt, s.playerId).range(0, n - 1).list();
        if (tied.size() == n) {
            return tied;
        }
        List<Standing> higher = find("scopeKey = ?1 and windowKey = ?2 and score > ?3", REVERSE_ORDER,
                s.scopeKey, s.windowKey, s.score).range(0, n - tied.size() - 1).list();
        return concat(tied, higher);
    }

    /** Up to {@code n} standings just below {@code s}, the nearest first. */
    List<Standing> behind(Standing s, int n) {
        List<Standing> tied = find("scopeKey = ?1 and windowKey = ?2 and score = ?3 and reachedAt >= ?4"
                + " and (reachedAt > ?4 or playerId > ?5)", BOARD_ORDER,
                s.scopeKey, s.windowKey, s.score, s.reachedAt, s.playerId).range(0, n - 1).list();
        if (tied.size() == n) {
            return tied;
        }
        List<Standing> lower = find("scopeKey = ?1 and windowKey = ?2 and score < ?3", BOARD_ORDER,
                s.scopeKey, s.windowKey, s.score).range(0, n - tied.size() - 1).list();
        return concat(tied, lower);
    }

    private static List<Standing> concat(List<Standing> a, List<Standing> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Standing> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
