package io.cinequiz.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a minimal valid film folder (one document, two claims) for loader and catalogue tests to break. */
final class SeedFolder {

    static final String FILM = """
            title: Test Film
            year: 1995
            """;

    static final String SOURCES = """
            - id: doc.txt
              kind: review
              title: "A review"
            """;

    static final String DOCUMENT = "The score is by Angelo Badalamenti.\nMiette is played by Judith Vittet.\n";

    static final String CLAIMS = """
            claims:
              - source: doc.txt
                predicate: composer
                value: { person: Angelo Badalamenti }
                quote: "The score is by Angelo Badalamenti."
              - source: doc.txt
                predicate: cast
                subject: Miette
                value: { person: Judith Vittet }
                quote: "Miette is played by Judith Vittet."
            """;

    private SeedFolder() {
    }

    /** {@code <seeds>/<filmId>/} with film.yaml, sources.yaml, sources/doc.txt and claims.yaml. */
    static Path write(Path seeds, String filmId) {
        Path folder = seeds.resolve(filmId);
        file(folder, "film.yaml", FILM);
        file(folder, "sources.yaml", SOURCES);
        file(folder, "sources/doc.txt", DOCUMENT);
        file(folder, "claims.yaml", CLAIMS);
        return folder;
    }

    static Path file(Path folder, String name, String content) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
