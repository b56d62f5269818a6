package io.cinequiz.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource({
        "2026-12-01T00:00:00Z, m:2026-12, w:2026-W49, d:2026-12-01",
        "2026-11-30T23:59:59.999999Z, m:2026-11, w:2026-W49, d:2026-11-30",
        // ISO weeks belong to the year of their Thursday: 2026 has 53 weeks, and 1 January 2027 is in 2026-W53
        "2026-12-31T12:00:00Z, m:2026-12, w:2026-W53, d:2026-12-31",
        "2027-01-01T12:00:00Z, m:2027-01, w:2026-W53, d:2027-01-01",
        "2027-01-04T00:00:00Z, m:2027-01, w:2027-W01, d:2027-01-04",
        // 29 December 2025 is a Monday in the week of 1 January 2026, a Thursday: 2026-W01
        "2025-12-29T00:00:00Z, m:2025-12, w:2026-W01, d:2025-12-29",
        "2028-02-29T08:00:00Z, m:2028-02, w:2028-W09, d:2028-02-29",
    })
    void keysNameTheMonthIsoWeekAndDayOfTheGame(Instant at, String month, String week, String day) {
        assertEquals("all", Window.ALL.key(at, UTC));
        assertEquals(month, Window.MONTH.key(at, UTC));
        assertEquals(week, Window.WEEK.key(at, UTC));
        assertEquals(day, Window.DAY.key(at, UTC));
    }

    @Test
    void periodIsTheKeyWithoutItsPrefixAndNoneForAllTime() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        assertNull(Window.ALL.period(at, UTC));
        assertEquals("2026-12", Window.MONTH.period(at, UTC));
        assertEquals("2026-W49", Window.WEEK.period(at, UTC));
        assertEquals("2026-12-01", Window.DAY.period(at, UTC));
    }

    @Test
    void dayRollsOverAtMidnightAndNotASecondBefore() {
        Instant lastMicro = Instant.parse("2026-06-10T23:59:59.999999Z");
        assertEquals("d:2026-06-10", Window.DAY.key(lastMicro, UTC));
        assertEquals("d:2026-06-11", Window.DAY.key(lastMicro.plusNanos(1000), UTC));
    }

    @Test
    void weekRollsOverOnMondayAtMidnight() {
        Instant sundayNight = Instant.parse("2026-06-14T23:59:59Z"); // a Sunday
        assertEquals("w:2026-W24", Window.WEEK.key(sundayNight, UTC));
        assertEquals("w:2026-W25", Window.WEEK.key(sundayNight.plusSeconds(1), UTC));
        assertEquals("m:2026-06", Window.MONTH.key(sundayNight.plusSeconds(1), UTC));
    }

    @Test
    void monthRollsOverOnTheFirst() {
        Instant end = Instant.parse("2026-06-30T23:59:59Z");
        assertEquals("m:2026-06", Window.MONTH.key(end, UTC));
        assertEquals("m:2026-07", Window.MONTH.key(end.plusSeconds(1), UTC));
        assertEquals("w:2026-W27", Window.WEEK.key(end, UTC)); // the week goes on across the month
        assertEquals("w:2026-W27", Window.WEEK.key(end.plusSeconds(1), UTC));
    }

    @Test
    void calendarFollowsTheConfiguredZone() {
        Instant at = Instant.parse("2026-12-01T03:00:00Z"); // still 30 November in New York
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals("d:2026-11-30", Window.DAY.key(at, newYork));
        assertEquals("m:2026-11", Window.MONTH.key(at, newYork));
        assertEquals("w:2026-W49", Window.WEEK.key(at, newYork)); // Monday 30 November starts W49 there too
        assertEquals("d:2026-12-01", Window.DAY.key(at, UTC));
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertEquals("d:2026-12-01", Window.DAY.key(Instant.parse("2026-11-30T15:00:00Z"), tokyo));
        assertNotEquals(Window.DAY.key(Instant.parse("2026-11-30T15:00:00Z"), UTC),
                Window.DAY.key(Instant.parse("2026-11-30T15:00:00Z"), tokyo));
    }

    @Test
    void gameCountsOnEveryWindowOfEachOfItsScopesInLockOrder() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        List<Board> boards = Board.countingGame("amelie", "guild-7", at, UTC);
        assertEquals(List.of(
                new Board("community:guild-7", "all"), new Board("community:guild-7", "d:2026-12-01"),
                new Board("community:guild-7", "m:2026-12"), new Board("community:guild-7", "w:2026-W49"),
                new Board("film:amelie", "all"), new Board("film:amelie", "d:2026-12-01"),
                new Board("film:amelie", "m:2026-12"), new Board("film:amelie", "w:2026-W49"),
                new Board("global", "all"), new Board("global", "d:2026-12-01"),
                new Board("global", "m:2026-12"), new Board("global", "w:2026-W49")), boards);
        assertEquals(4, Board.countingGame(null, null, at, UTC).size());
        assertEquals(8, Board.countingGame(null, "guild-7", at, UTC).size());
    }
}
