package io.cinequiz.question;

import io.cinequiz.catalog.Value;
import io.cinequiz.catalog.ValueParser;
import io.cinequiz.catalog.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wrong options for numbers (money, counts, durations, ratings) and dates: the answer perturbed well outside its
 * precision, formatted like the answer ("$18 million" gives "$25 million", "fourteen" gives "nine").
 */
final class NumberDistractors {

    /** Factors tried, in an order shuffled per question; each candidate must be at least 15% from every other. */
    private static final double[] FACTORS = {0.5, 0.6, 0.7, 0.75, 0.8, 1.2, 1.25, 1.3, 1.4, 1.5, 1.75, 2.0};
    /**
     * A running time far from the answer gives itself away (a 73-minute or a 168-minute feature leaves a two-way guess):
     * durations move by 15% to 35% only, and may lie closer to one another than other numbers.
     */
    private static final double[] DURATION_FACTORS = {0.8, 0.85, 1.2, 1.35};
    private static final double DURATION_GAP = 0.1;
    /** Years moved by more than this are given away by the film's era. */
    private static final int MAX_YEAR_SHIFT = 3;
    private static final double MIN_GAP = 0.15;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(?:half-dozen|dozen|[a-z]+(?:-[a-z]+)?)\\b");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d+)(\\s*h\\s*)(\\d+)(\\s*m)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\b");
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private NumberDistractors() {
    }

    /**
     * Up to {@code count} wrong quantities for {@code answer}, none overlapping any value in {@code asserted} (what
     * the sources state for the same item), each at least 15% from the answer and from each other (durations 10% from
     * each other).
     */
    static List<String> quantities(Value.Quantity answer, List<Value> asserted, int count, Random random) {
        double[] factors = shuffled(answer.type() == ValueType.DURATION ? DURATION_FACTORS : FACTORS, random);
        List<Value.Quantity> chosen = new ArrayList<>();
        List<String> result = new ArrayList<>();
        for (double factor : factors) {
            if (result.size() == count) {
                break;
            }
            String raw = scaled(answer.raw(), factor);
            if (raw == null) {
                continue;
            }
            Value.Quantity candidate;
            try {
                candidate = (Value.Quantity) ValueParser.parse(answer.type(), raw);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (candidate.type() == ValueType.RATING && candidate.high() > 100) {
                continue;
            }
            double gap = answer.type() == ValueType.DURATION ? DURATION_GAP : MIN_GAP;
            if (!farFrom(candidate, answer, MIN_GAP) || chosen.stream().anyMatch(c -> !farFrom(candidate, c, gap))
                    || asserted.stream().anyMatch(a -> a instanceof Value.Quantity q && q.overlaps(candidate))) {
                continue;
            }
            chosen.add(candidate);
            result.add(raw);
        }
        return result;
    }

    /**
     * Wrong years or dates. A date with a month ("15 December 1995") keeps its year and moves its month by one to six
     * (a year alone would give the answer away); a year moves by one to three years (further ones are given away by the
     * film's era), avoiding every year in {@code avoid}.
     * None overlaps a value in {@code asserted}.
     */
    static List<String> dates(Value.DateRange answer, List<Integer> avoid, List<Value> asserted, int count, Random random) {
        Matcher month = MONTH.matcher(answer.raw());
        if (month.find()) {
            return months(answer, month, asserted, count, random);
        }
        int year = answer.first().getYear();
        List<Integer> shifts = new ArrayList<>();
        for (int shift = 1; shift <= MAX_YEAR_SHIFT; shift++) {
            shifts.add(-shift);
            shifts.add(shift);
        }
        java.util.Collections.shuffle(shifts, random);
        List<String> result = new ArrayList<>();
        Matcher m = YEAR.matcher(answer.raw());
        if (!m.find()) {
            return result;
        }
        for (int shift : shifts) {
            int candidate = year + shift;
            if (result.size() == count || avoid.contains(candidate)) {
                continue;
            }
            String written = answer.raw().substring(0, m.start()) + candidate + answer.raw().substring(m.end());
            if (parses(answer, written, asserted)) {
                result.add(written);
            }
        }
        return result;
    }

    private static List<String> months(Value.DateRange answer, Matcher month, List<Value> asserted, int count,
            Random random) {
        int index = MONTHS.indexOf(month.group().toLowerCase(Locale.ROOT));
        List<Integer> shifts = new ArrayList<>(List.of(-1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6));
        java.util.Collections.shuffle(shifts, random);
        List<String> result = new ArrayList<>();
        for (int shift : shifts) {
            int m = index + shift;
            if (result.size() == count || m < 0 || m > 11) {
                continue;
            }
            String name = MONTHS.get(m);
            String cased = Character.isUpperCase(month.group().charAt(0))
                    ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
            String written = answer.raw().substring(0, month.start()) + cased + answer.raw().substring(month.end());
            if (parses(answer, written, asserted)) {
                result.add(written);
            }
        }
        return result;
    }

    /** Whether the written date is valid (no 31 April) and overlaps nothing the sources assert. */
    private static boolean parses(Value.DateRange answer, String written, List<Value> asserted) {
        try {
            Value.DateRange d = (Value.DateRange) ValueParser.parse(answer.type(), written);
            return asserted.stream().noneMatch(a -> a instanceof Value.DateRange r && r.overlaps(d));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean farFrom(Value.Quantity a, Value.Quantity b, double gap) {
        double x = (a.low() + a.high()) / 2;
        double y = (b.low() + b.high()) / 2;
        return Math.abs(x - y) >= gap * Math.max(Math.abs(x), Math.abs(y)) && !a.overlaps(b);
    }

    private static double[] shuffled(double[] from, Random random) {
        double[] factors = from.clone();
        for (int i = factors.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = factors[i];
            factors[i] = factors[j];
            factors[j] = t;
        }
        return factors;
    }

    /** The written number scaled by {@code factor}, in the same style: digits, grouping, decimals, or words. */
    static String scaled(String raw, double factor) {
        Matcher hm = HOURS_MINUTES.matcher(raw);
        if (hm.matches()) {
            long minutes = Math.round((Integer.parseInt(hm.group(1)) * 60 + Integer.parseInt(hm.group(3))) * factor);
            return minutes <= 0 ? null : minutes / 60 + hm.group(2) + minutes % 60 + hm.group(4);
        }
        Integer whole = ValueParser.numberWord(raw.trim().toLowerCase(Locale.ROOT));
        if (whole != null) {
            long scaled = Math.round(whole * factor);
            return scaled <= 0 || scaled > 99 ? null : words((int) scaled);
        }
        Matcher digits = NUMBER.matcher(raw);
        if (digits.find()) {
            String number = digits.group();
            BigDecimal value = new BigDecimal(number.replace(",", ""));
            int decimals = Math.max(0, value.scale());
            BigDecimal scaledValue = value.multiply(BigDecimal.valueOf(factor)).setScale(decimals, RoundingMode.HALF_UP);
            int significant = roundFigures(number);
            if (significant > 0) {
                // A round answer gets round wrong options: "$18,000,000" gives "$13,000,000", not an invented-looking
                // "$12,600,000".
                scaledValue = scaledValue.round(new java.math.MathContext(significant, RoundingMode.HALF_UP)).setScale(0);
            }
            if (scaledValue.signum() <= 0) {
                return null;
            }
            return raw.substring(0, digits.start()) + format(scaledValue, decimals, number.contains(","))
                    + raw.substring(digits.end());
        }
        Matcher word = WORD.matcher(raw);
        while (word.find()) {
            Integer n = ValueParser.numberWord(word.group().toLowerCase(Locale.ROOT));
            if (n != null) {
                long scaled = Math.round(n * factor);
                if (scaled <= 0 || scaled > 99) {
                    return null;
                }
                return raw.substring(0, word.start()) + words((int) scaled) + raw.substring(word.end());
            }
        }
        return null;
    }

    /**
     * The significant figures of a whole number written with at least three trailing zeros ("18,000,000": 2, never fewer
     * than 2), or 0 for any other number (exact or small ones, such as "1,513,028" or "112", keep their precision).
     */
    static int roundFigures(String number) {
        String digits = number.replace(",", "");
        if (digits.contains(".")) {
            return 0;
        }
        String stripped = digits.replaceAll("0+$", "");
        return digits.length() - stripped.length() >= 3 ? Math.max(2, stripped.length()) : 0;
    }

    private static String format(BigDecimal value, int decimals, boolean grouping) {
        DecimalFormat format = new DecimalFormat(grouping ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private static String words(int n) {
        if (n < 20) {
            return SMALL[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }

}
