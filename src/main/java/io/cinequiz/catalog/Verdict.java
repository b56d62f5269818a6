package io.cinequiz.catalog;

/** What verification concludes about a fact. Only SUPPORTED facts become questions. */
public enum Verdict {
    /** Two or more independent sources agree and nothing live contradicts; or one trusted source, uncontradicted. */
    SUPPORTED,
    /** Sources contradict each other and their trust does not settle which is right. */
    DISPUTED,
    /** The losing side of a contradiction that trusted sources settle. */
    REFUTED,
    /** Stated by one source whose trust is too low to stand alone. */
    NOT_ENOUGH_INFO,
    /** The claim is not grounded: its quote is not in the document, or its value is not in its quote. */
    REJECTED
}
