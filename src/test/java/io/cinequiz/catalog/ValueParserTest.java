package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueParserTest {

    private static final double EPS = 1e-6;

    private static Value.Quantity quantity(ValueType type, String raw) {
        return assertInstanceOf(Value.Quantity.class, ValueParser.parse(type, raw));
    }

    private static Value.DateRange dates(ValueType type, String raw) {
        return assertInstanceOf(Value.DateRange.class, ValueParser.parse(type, raw));
    }

    private static void assertRange(double low, double high, String unit, Value.Quantity q) {
        assertEquals(low, q.low(), EPS * Math.max(1, Math.abs(low)), "low of " + q.raw());
        assertEquals(high, q.high(), EPS * Math.max(1, Math.abs(high)), "high of " + q.raw());
        assertEquals(unit, q.unit(), "unit of " + q.raw());
    }

    private static String failure(ValueType type, Object raw) {
        return assertThrows(IllegalArgumentException.class, () -> ValueParser.parse(type, raw)).getMessage();
    }

    // ---- money ----

    @Test
    void moneyWithScaleWordKeepsItsPrecision() {
        assertRange(1.65e6, 1.75e6, "USD", quantity(ValueType.MONEY, "$1.7 million"));
        assertRange(17.5e6, 18.5e6, "USD", quantity(ValueType.MONEY, "$18 million"));
    }

    @Test
    void moneyWrittenInFullIsExact() {
        assertRange(1_513_028, 1_513_028, "USD", quantity(ValueType.MONEY, "$1,513,028"));
        assertRange(18_000_000, 18_000_000, "USD", quantity(ValueType.MONEY, "$18,000,000"));
    }

    @Test
    void moneyAtDifferentPrecisionsOverlapWhenCompatible() {
        Value.Quantity rounded = quantity(ValueType.MONEY, "$18 million");
        assertTrue(rounded.overlaps(quantity(ValueType.MONEY, "$18,000,000")));
        assertTrue(!quantity(ValueType.MONEY, "$1.7 million").overlaps(quantity(ValueType.MONEY, "$1,513,028")));
    }

    @Test
    void moneyKnowsItsCurrency() {
        assertRange(4.5e6, 5.5e6, "EUR", quantity(ValueType.MONEY, "\u20AC5 million"));
        assertRange(2e9 - 0.5e9, 2e9 + 0.5e9, "GBP", quantity(ValueType.MONEY, "\u00A32 billion"));
        assertRange(4.5e6, 5.5e6, "USD", quantity(ValueType.MONEY, "US$5m"));
    }

    @Test
    void moneyKeepsTheWrittenText() {
        assertEquals("$1.7 million", quantity(ValueType.MONEY, " $1.7 million ").raw());
    }

    @Test
    void rejectsMoneyWithoutAnAmount() {
        assertEquals("'lots of money' is not an amount of money such as $1.7 million or $1,513,028",
                failure(ValueType.MONEY, "lots of money"));
        assertTrue(failure(ValueType.MONEY, "1.7 million").contains("'1.7 million' is not an amount of money"));
    }

    // ---- integers ----

    @Test
    void integerInDigitsWithThousandsSeparators() {
        assertRange(57_318, 57_318, "", quantity(ValueType.INTEGER, "57,318"));
        assertRange(235, 235, "", quantity(ValueType.INTEGER, "235"));
    }

    @Test
    void integerInWords() {
        assertRange(14, 14, "", quantity(ValueType.INTEGER, "fourteen"));
        assertRange(14, 14, "", quantity(ValueType.INTEGER, "Fourteen"));
        assertRange(6, 6, "", quantity(ValueType.INTEGER, "half-dozen"));
        assertRange(12, 12, "", quantity(ValueType.INTEGER, "a dozen"));
        assertRange(21, 21, "", quantity(ValueType.INTEGER, "twenty-one"));
        assertRange(90, 90, "", quantity(ValueType.INTEGER, "ninety"));
    }

    @Test
    void rejectsMalformedIntegers() {
        assertEquals("'1,23' is not a whole number (digits such as 57,318 or words such as fourteen)",
                failure(ValueType.INTEGER, "1,23"));
        assertTrue(failure(ValueType.INTEGER, "many").startsWith("'many' is not a whole number"));
        assertTrue(failure(ValueType.INTEGER, "twenty-twelve").startsWith("'twenty-twelve' is not a whole number"));
    }

    // ---- durations ----

    @Test
    void durationInMinutes() {
        assertRange(112, 112, "min", quantity(ValueType.DURATION, "112 minutes"));
        assertRange(112, 112, "min", quantity(ValueType.DURATION, "112 min."));
    }

    @Test
    void durationInHoursAndMinutes() {
        assertRange(112, 112, "min", quantity(ValueType.DURATION, "1h 52m"));
        assertRange(112, 112, "min", quantity(ValueType.DURATION, "1 hr 52 min"));
        assertRange(120, 120, "min", quantity(ValueType.DURATION, "2 hours"));
    }

    @Test
    void durationInWords() {
        assertRange(2, 2, "min", quantity(ValueType.DURATION, "two minute"));
        assertRange(2, 2, "min", quantity(ValueType.DURATION, "two-minute"));
    }

    @Test
    void rejectsTextThatIsNoDuration() {
        assertEquals("'forever' is not a duration such as 112 minutes or 1h 52m", failure(ValueType.DURATION, "forever"));
        assertEquals("'many minutes' is not a duration such as 112 minutes or 1h 52m",
                failure(ValueType.DURATION, "many minutes"));
    }

    // ---- ratings ----

    @Test
    void ratingOutOfTenBecomesPercentWithPrecision() {
        assertRange(76.5, 77.5, "%", quantity(ValueType.RATING, "7.7/10"));
        assertRange(85, 95, "%", quantity(ValueType.RATING, "9 /10"));
        assertRange(70, 90, "%", quantity(ValueType.RATING, "4/5"));
    }

    @Test
    void ratingInPercent() {
        assertRange(78.5, 79.5, "%", quantity(ValueType.RATING, "79%"));
    }

    @Test
    void rejectsScoreAboveItsScale() {
        String message = failure(ValueType.RATING, "13/10");
        assertTrue(message.startsWith("'13/10' is not a rating: the score must lie between 0 and 10"), message);
    }

    @Test
    void rejectsTextThatIsNoRating() {
        assertEquals("'great' is not a rating such as 7.7/10 or 79%", failure(ValueType.RATING, "great"));
    }

    @Test
    void rejectsPercentageAboveHundred() {
        failure(ValueType.RATING, "150%");
    }

    // ---- dates and years ----

    @Test
    void dayMonthYear() {
        Value.DateRange d = dates(ValueType.DATE, "15 December 1995");
        assertEquals(LocalDate.of(1995, 12, 15), d.first());
        assertEquals(LocalDate.of(1995, 12, 15), d.last());
    }

    @Test
    void monthDayYear() {
        Value.DateRange d = dates(ValueType.DATE, "December 15, 1995");
        assertEquals(LocalDate.of(1995, 12, 15), d.first());
        assertEquals(LocalDate.of(1995, 12, 15), d.last());
        assertEquals(LocalDate.of(1995, 12, 15), dates(ValueType.DATE, "Dec. 15th, 1995").first());
    }

    @Test
    void monthAndYearCoverTheMonth() {
        Value.DateRange d = dates(ValueType.DATE, "December 1995");
        assertEquals(LocalDate.of(1995, 12, 1), d.first());
        assertEquals(LocalDate.of(1995, 12, 31), d.last());
        assertEquals(LocalDate.of(1996, 2, 29), dates(ValueType.DATE, "February 1996").last());
    }

    @Test
    void bareYearAsDateCoversTheYear() {
        Value.DateRange d = dates(ValueType.DATE, "1995");
        assertEquals(LocalDate.of(1995, 1, 1), d.first());
        assertEquals(LocalDate.of(1995, 12, 31), d.last());
    }

    @Test
    void isoDate() {
        Value.DateRange d = dates(ValueType.DATE, "1995-12-15");
        assertEquals(LocalDate.of(1995, 12, 15), d.first());
        assertEquals(LocalDate.of(1995, 12, 15), d.last());
    }

    @Test
    void yearCoversTheYear() {
        Value.DateRange y = dates(ValueType.YEAR, "1995");
        assertEquals(ValueType.YEAR, y.type());
        assertEquals(LocalDate.of(1995, 1, 1), y.first());
        assertEquals(LocalDate.of(1995, 12, 31), y.last());
    }

    @Test
    void rejectsUnknownMonth() {
        assertEquals("'Smarch 1995' names no month", failure(ValueType.DATE, "Smarch 1995"));
    }

    @Test
    void rejectsTextThatIsNoDate() {
        assertEquals("'last winter' is not a date such as 15 December 1995, December 1995 or 1995",
                failure(ValueType.DATE, "last winter"));
    }

    @Test
    void rejectsYearThatIsNotFourDigits() {
        assertEquals("'95' is not a four-digit year", failure(ValueType.YEAR, "95"));
        assertEquals("'December 1995' is not a four-digit year", failure(ValueType.YEAR, "December 1995"));
    }

    @Test
    void rejectsImpossibleDayAsIllegalArgument() {
        assertTrue(failure(ValueType.DATE, "30 February 1995").contains("30 February 1995"));
        assertTrue(failure(ValueType.DATE, "1995-13-01").contains("1995-13-01"));
    }

    // ---- names, countries, empty values ----

    @Test
    void namesKeepTheirSpelling() {
        Value v = ValueParser.parse(ValueType.PERSON, "Angelo Badalementi");
        assertEquals(new Value.Name(ValueType.PERSON, "Angelo Badalementi"), v);
    }

    @Test
    void countriesAreCanonicalEnglishNames() {
        Value.Countries c = assertInstanceOf(Value.Countries.class,
                ValueParser.parse(ValueType.COUNTRIES, List.of("France", "USA", "spanish")));
        assertEquals(List.of("France", "United States", "Spain"), c.countries());
    }

    @Test
    void rejectsEmptyValues() {
        assertEquals("the money value is empty", failure(ValueType.MONEY, "  "));
        assertEquals("the countries value lists no country", failure(ValueType.COUNTRIES, List.of()));
    }

    @Test
    void rejectsListForSingleValue() {
        assertTrue(failure(ValueType.PERSON, List.of("Marc Caro", "Jean-Pierre Jeunet"))
                .startsWith("a person value must be a single text"));
    }
}
