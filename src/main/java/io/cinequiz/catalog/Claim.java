package io.cinequiz.catalog;

/**
 * One assertion made by one source document. {@code subject} is null where the predicate takes none.
 * {@code id} is derived from the content, so it stays the same when the claims file is reordered.
 */
public record Claim(String id, String sourceId, Predicate predicate, String subject, Value value, String quote) {
}
