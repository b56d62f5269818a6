package io.cinequiz.question;

/** Where a question's answer comes from: the document and its verbatim quote. */
public record Citation(String sourceId, String title, String quote) {
}
