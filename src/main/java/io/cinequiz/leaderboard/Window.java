package io.cinequiz.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The calendar period a board counts: all time, or the month, ISO week or day in which a game finished, in the
 * configured zone. A board is read for the period that contains "now", so a new period starts empty by itself.
 */
public enum Window {
    ALL, MONTH, WEEK, DAY;

    /** The key of the period containing {@code at}: "all", "m:2026-12", "w:2026-W49" or "d:2026-12-01". */
    public String key(Instant at, ZoneId zone) {
        return this == ALL ? "all" : name().substring(0, 1).toLowerCase(Locale.ROOT) + ":" + period(at, zone);
    }

    /** The period containing {@code at} as people write it ("2026-12", "2026-W49", "2026-12-01"); null for ALL. */
    public String period(Instant at, ZoneId zone) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return switch (this) {
            case ALL -> null;
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(),
                    date.getDayOfMonth());
        };
    }
}
