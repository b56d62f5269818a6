package io.cinequiz.catalog;

/** What kind of document a source is; each kind has a prior trust (see {@code quiz.verification.prior.*}). */
public enum SourceKind {
    DATABASE, REVIEW, BLOG, LIST, SUMMARY, NEWS, INTERVIEW, OTHER
}
