package io.cinequiz.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading request parameters whose values come from a fixed set, with a 400 problem listing the allowed values. */
public final class Params {

    private Params() {
    }

    /** The constant named by {@code value} (any case), null when the value is absent or blank. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + " '" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
