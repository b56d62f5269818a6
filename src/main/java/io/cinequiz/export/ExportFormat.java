package io.cinequiz.export;

/** The formats a film's questions can be exported in. */
enum ExportFormat {
    /** A Red-DiscordBot trivia list: YAML, question to accepted answers, with AUTHOR and CONFIG. */
    RED("application/yaml", "yaml"),
    /** Open Trivia DB's JSON, with cinequiz's extras (id, film, citations). */
    OPENTDB("application/json", "json"),
    /** One row per question, with its options and citations. */
    CSV("text/csv", "csv");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
