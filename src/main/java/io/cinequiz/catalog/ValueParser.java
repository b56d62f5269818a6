package io.cinequiz.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value written as the source writes it into a typed {@link Value}, keeping its precision:
 * "$1.7 million" is 1.65 to 1.75 million, "$1,513,028" is exact, "December 1995" covers the month.
 * Throws {@link IllegalArgumentException} with a readable message when the text cannot be read as the type.
 */
public final class ValueParser {

    private static final Pattern MONEY = Pattern.compile(
            "(?<cur>[$€£]|usd|eur|gbp|us\\$)\\s*(?<num>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<scale>thousand|million|billion|k|m|bn)?");
    private static final Pattern MINUTES = Pattern.compile("(?<n>\\d+|[a-z]+(?:-[a-z]+)?)[\\s-]*(?:minutes?|mins?\\.?|m)");
    private static final Pattern HOURS_MINUTES = Pattern.compile(
            "(?<h>\\d+)\\s*(?:hours?|hrs?|h)\\s*(?:(?<m>\\d+)\\s*(?:minutes?|mins?\\.?|m))?");
    private static final Pattern RATING_SCALE = Pattern.compile("(?<n>\\d+(?:\\.\\d+)?)\\s*/\\s*(?<of>\\d+)");
    private static final Pattern PERCENT = Pattern.compile("(?<n>\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<d>\\d{1,2})(?:st|nd|rd|th)? (?<mon>[a-z]+)\\.?,? (?<y>\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<mon>[a-z]+)\\.? (?<d>\\d{1,2})(?:st|nd|rd|th)?,? (?<y>\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<mon>[a-z]+)\\.?,? (?<y>\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12), Map.entry("a dozen", 12), Map.entry("half-dozen", 6),
            Map.entry("half a dozen", 6), Map.entry("a half-dozen", 6));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private ValueParser() {
    }

    public static Value parse(ValueType type, Object written) {
        if (type == ValueType.COUNTRIES) {
            return countries(written);
        }
        if (!(written instanceof String || written instanceof Number)) {
            throw new IllegalArgumentException("a " + type.key() + " value must be a single text, not " + written);
        }
        String raw = String.valueOf(written).trim();
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("the " + type.key() + " value is empty");
        }
        if (type == ValueType.PERSON || type == ValueType.CHARACTER || type == ValueType.TEXT) {
            return new Value.Name(type, raw);
        }
        String t = Text.normalize(raw);
        return switch (type) {
            case INTEGER -> integer(raw, t);
            case MONEY -> money(raw, t);
            case DURATION -> duration(raw, t);
            case RATING -> rating(raw, t);
            case DATE -> date(raw, t);
            case YEAR -> year(raw, t);
            case PERSON, CHARACTER, TEXT, COUNTRIES -> throw new IllegalStateException("handled above");
        };
    }

    private static Value integer(String raw, String t) {
        Integer word = numberWord(t);
        if (word != null) {
            return new Value.Quantity(ValueType.INTEGER, raw, word, word, "");
        }
        if (t.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            double n = Double.parseDouble(t.replace(",", ""));
            return new Value.Quantity(ValueType.INTEGER, raw, n, n, "");
        }
        throw new IllegalArgumentException("'" + raw + "' is not a whole number (digits such as 57,318 or words such as fourteen)");
    }

    public static Integer numberWord(String t) {
        if (SMALL_NUMBERS.containsKey(t)) {
            return SMALL_NUMBERS.get(t);
        }
        if (TENS.containsKey(t)) {
            return TENS.get(t);
        }
        String[] parts = t.split("[- ]", 2);
        if (parts.length == 2 && TENS.containsKey(parts[0]) && SMALL_NUMBERS.containsKey(parts[1])
                && SMALL_NUMBERS.get(parts[1]) < 10) {
            return TENS.get(parts[0]) + SMALL_NUMBERS.get(parts[1]);
        }
        return null;
    }

    private static Value money(String raw, String t) {
        Matcher m = MONEY.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not an amount of money such as $1.7 million or $1,513,028");
        }
        String currency = switch (m.group("cur")) {
            case "€", "eur" -> "EUR";
            case "£", "gbp" -> "GBP";
            default -> "USD";
        };
        double scale = scale(m.group("scale"));
        double[] range = withPrecision(m.group("num"), scale);
        return new Value.Quantity(ValueType.MONEY, raw, range[0], range[1], currency);
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word) {
            case "thousand", "k" -> 1e3;
            case "million", "m" -> 1e6;
            default -> 1e9;
        };
    }

    /**
     * The interval a written number stands for. A number written with a scale word ("1.7 million") is rounded to
     * its last digit (half a unit either side); a number written out in full ("1,513,028") is exact.
     */
    private static double[] withPrecision(String number, double scale) {
        BigDecimal n = new BigDecimal(number.replace(",", ""));
        double value = n.doubleValue() * scale;
        if (scale == 1) {
            return new double[] {value, value};
        }
        double half = Math.pow(10, -n.scale()) / 2 * scale;
        return new double[] {value - half, value + half};
    }

    private static Value duration(String raw, String t) {
        Matcher hm = HOURS_MINUTES.matcher(t);
        if (hm.matches()) {
            double minutes = Integer.parseInt(hm.group("h")) * 60.0
                    + (hm.group("m") == null ? 0 : Integer.parseInt(hm.group("m")));
            return new Value.Quantity(ValueType.DURATION, raw, minutes, minutes, "min");
        }
        Matcher mm = MINUTES.matcher(t);
        if (mm.matches()) {
            Integer word = numberWord(mm.group("n"));
            double minutes = word != null ? word : mm.group("n").matches("\\d+") ? Integer.parseInt(mm.group("n")) : -1;
            if (minutes < 0) {
                throw new IllegalArgumentException("'" + raw + "' is not a duration such as 112 minutes or 1h 52m");
            }
            return new Value.Quantity(ValueType.DURATION, raw, minutes, minutes, "min");
        }
        throw new IllegalArgumentException("'" + raw + "' is not a duration such as 112 minutes or 1h 52m");
    }

    private static Value rating(String raw, String t) {
        Matcher scaled = RATING_SCALE.matcher(t);
        if (scaled.matches()) {
            BigDecimal n = new BigDecimal(scaled.group("n"));
            double of = Double.parseDouble(scaled.group("of"));
            if (of <= 0 || n.doubleValue() > of) {
                throw new IllegalArgumentException("'" + raw + "' is not a rating: the score must lie between 0 and "
                        + scaled.group("of"));
            }
            double half = Math.pow(10, -n.scale()) / 2;
            return new Value.Quantity(ValueType.RATING, raw, (n.doubleValue() - half) / of * 100,
                    (n.doubleValue() + half) / of * 100, "%");
        }
        Matcher percent = PERCENT.matcher(t);
        if (percent.matches()) {
            BigDecimal n = new BigDecimal(percent.group("n"));
            if (n.doubleValue() > 100) {
                throw new IllegalArgumentException("'" + raw + "' is not a rating: a percentage is at most 100");
            }
            double half = Math.pow(10, -n.scale()) / 2;
            return new Value.Quantity(ValueType.RATING, raw, n.doubleValue() - half, n.doubleValue() + half, "%");
        }
        throw new IllegalArgumentException("'" + raw + "' is not a rating such as 7.7/10 or 79%");
    }

    private static Value date(String raw, String t) {
        try {
            return dateOrThrow(raw, t);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a valid date: " + e.getMessage());
        }
    }

    private static Value dateOrThrow(String raw, String t) {
        Matcher m;
        if ((m = ISO_DATE.matcher(t)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
            return new Value.DateRange(ValueType.DATE, raw, d, d);
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches() || (m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            Month month = month(m.group("mon"), raw);
            LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
            return new Value.DateRange(ValueType.DATE, raw, d, d);
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y")), month(m.group("mon"), raw));
            return new Value.DateRange(ValueType.DATE, raw, ym.atDay(1), ym.atEndOfMonth());
        }
        if (YEAR.matcher(t).matches()) {
            return yearRange(ValueType.DATE, raw, t);
        }
        throw new IllegalArgumentException("'" + raw + "' is not a date such as 15 December 1995, December 1995 or 1995");
    }

    private static Value year(String raw, String t) {
        if (!YEAR.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not a four-digit year");
        }
        return yearRange(ValueType.YEAR, raw, t);
    }

    private static Value yearRange(ValueType type, String raw, String t) {
        int y = Integer.parseInt(t);
        return new Value.DateRange(type, raw, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private static Month month(String name, String raw) {
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(name) || (name.length() >= 3 && full.startsWith(name))) {
                return month;
            }
        }
        throw new IllegalArgumentException("'" + raw + "' names no month");
    }

    private static Value countries(Object written) {
        List<?> items = written instanceof List<?> list ? list : List.of(String.valueOf(written).split(","));
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            String name = String.valueOf(item).trim();
            if (name.isEmpty()) {
                continue;
            }
            names.add(Countries.canonical(name));
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the countries value lists no country");
        }
        return new Value.Countries(String.join(", ", names), List.copyOf(names));
    }
}
