package io.cinequiz.catalog;

/** A seed file that cannot be read; the message names the file, the entry and the problem. */
public class SeedException extends RuntimeException {

    public SeedException(String file, String entry, String problem) {
        super(file + (entry == null ? "" : ", " + entry) + ": " + problem);
    }
}
