package io.cinequiz.catalog;

import java.util.List;

/** A film as described by its {@code film.yaml}; {@code id} is the name of its seed folder. */
public record Film(String id, String title, String originalTitle, int year, List<String> aliases) {
}
