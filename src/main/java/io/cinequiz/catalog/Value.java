package io.cinequiz.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim's typed value. {@code raw} is the value as the source writes it (it must occur in the quote);
 * numbers and dates also carry the range their stated precision allows, so "$1.7 million" is 1.65 to 1.75
 * million while "$1,513,028" is exact.
 */
public sealed interface Value permits Value.Name, Value.Quantity, Value.DateRange, Value.Countries {

    ValueType type();

    String raw();

    /** A person, a character or a short text. */
    record Name(ValueType type, String raw) implements Value {
    }

    /** An integer, an amount of money, a duration in minutes or a rating in percent, as the interval [low, high]. */
    record Quantity(ValueType type, String raw, double low, double high, String unit) implements Value {
        /**
         * Whether the two can be the same quantity. Rounded ranges that merely touch ("$18 million" ends where
         * "$19 million" begins) are different values; an exact value on a range's edge still belongs to it.
         */
        public boolean overlaps(Quantity other) {
            if (!unit.equals(other.unit)) {
                return false;
            }
            boolean point = low == high || other.low == other.high;
            return point ? low <= other.high && other.low <= high : low < other.high && other.low < high;
        }

        public double width() {
            return high - low;
        }
    }

    /** A date or a year, as the days [first, last] its granularity covers ("1995" covers the whole year). */
    record DateRange(ValueType type, String raw, LocalDate first, LocalDate last) implements Value {
        public boolean overlaps(DateRange other) {
            return !first.isAfter(other.last) && !other.first.isAfter(last);
        }
    }

    /** A list of production countries, by English name. */
    record Countries(String raw, List<String> countries) implements Value {
        @Override
        public ValueType type() {
            return ValueType.COUNTRIES;
        }
    }
}
