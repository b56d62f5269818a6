package io.cinequiz.question;

/** Why a player flags a question. */
public enum ReportReason {
    WRONG_ANSWER, AMBIGUOUS, TYPO, OFFENSIVE, OTHER
}
