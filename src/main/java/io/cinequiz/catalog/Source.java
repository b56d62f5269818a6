package io.cinequiz.catalog;

/** One source document of a film: its file name as id, its kind, its title and its full text. */
public record Source(String id, SourceKind kind, String title, String text) {
}
