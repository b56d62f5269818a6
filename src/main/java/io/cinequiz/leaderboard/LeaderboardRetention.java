package io.cinequiz.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes leaderboard rows the leaderboard API can no longer show: it reads every board for the current period, so
 * standings and score buckets of months, weeks and days before the last {@code keep} past ones go; and the markers
 * that stop a game from counting twice, once the game is long finished.
 */
@ApplicationScoped
public class LeaderboardRetention {

    private final StandingRepository standings;
    private final RecordedGameRepository recorded;
    private final LeaderboardsConfig config;

    LeaderboardRetention(StandingRepository standings, RecordedGameRepository recorded, LeaderboardsConfig config) {
        this.standings = standings;
        this.recorded = recorded;
        this.config = config;
    }

    /**
     * The window keys (such as {@code d:2026-11-30}) of periods that ended before the last {@code keep} past periods
     * of their kind, as of {@code now}: what {@link #purgeWindow} may delete. Window keys sort by period within a kind.
     */
    @Transactional
    public List<String> pastWindows(Instant now, int keep) {
        ZonedDateTime at = now.atZone(config.zone());
        List<String> past = new ArrayList<>();
        past.addAll(keysBefore(Window.DAY.key(at.minusDays(keep).toInstant(), config.zone())));
        past.addAll(keysBefore(Window.WEEK.key(at.minusWeeks(keep).toInstant(), config.zone())));
        past.addAll(keysBefore(Window.MONTH.key(at.minusMonths(keep).toInstant(), config.zone())));
        return past;
    }

    /** Deletes every standing and score bucket of one past window; returns the standings deleted. */
    @Transactional
    public int purgeWindow(String windowKey) {
        standings.getEntityManager().createNativeQuery("delete from score_bucket where window_key = ?1")
                .setParameter(1, windowKey).executeUpdate();
        return (int) standings.delete("windowKey", windowKey);
    }

    /** Deletes up to {@code batch} markers of games counted before {@code cutoff}; returns how many. */
    @Transactional
    public int purgeCountedGames(Instant cutoff, int batch) {
        List<String> ids = recorded.getEntityManager().createQuery("select g.gameId from RecordedGame g"
                + " where g.recordedAt < ?1", String.class).setParameter(1, cutoff).setMaxResults(batch).getResultList();
        if (!ids.isEmpty()) {
            recorded.delete("gameId in ?1", ids);
        }
        return ids.size();
    }

    /** The keys of one kind's windows (all sharing {@code first}'s prefix, "d:") before {@code first}. */
    private List<String> keysBefore(String first) {
        String prefix = first.substring(0, 2);
        return standings.getEntityManager().createQuery("select distinct s.windowKey from Standing s"
                + " where s.windowKey >= ?1 and s.windowKey < ?2", String.class)
                .setParameter(1, prefix).setParameter(2, first).getResultList();
    }
}
