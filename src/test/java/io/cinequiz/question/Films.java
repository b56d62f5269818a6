package io.cinequiz.question;

import io.cinequiz.catalog.CatalogFixtures;
import io.cinequiz.catalog.FilmVerification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every film a test can load from folders, the way the service does: the real seeds ({@code seeds/}) and the invented
 * film of the tests ({@code src/test/resources/films/}), each with its own question data, generated with the data
 * that ships. Tests run with the repository root as working directory.
 */
final class Films {

    static final Path SEEDS = Path.of("seeds");
    static final Path TEST_FILMS = Path.of("src/test/resources/films");
    static final String FIRST = "city-of-lost-children";
    static final String INVENTED = "the-lighthouse-of-lost-hours";
    static final double NAME_SIMILARITY = 0.92;
    /** The trust a source needs to be cited beside others: verification's default single-source trust. */
    static final double CITE_TRUST = 0.75;

    final List<FilmVerification> verified = new ArrayList<>();
    final Map<String, FilmQuestionData> data = new LinkedHashMap<>();
    final QuestionData shipped = QuestionData.bundled();
    final QuestionSet set;

    private Films(List<Path> folders) {
        for (Path folder : folders) {
            FilmVerification v = CatalogFixtures.verify(folder);
            verified.add(v);
            data.put(v.film().id(), FilmQuestionData.load(folder, shipped));
        }
        set = new QuestionGenerator(shipped, NAME_SIMILARITY, CITE_TRUST).generate(verified, data);
    }

    /** The real seeds and the invented film. */
    static Films all() {
        List<Path> folders = new ArrayList<>(folders(SEEDS));
        folders.addAll(folders(TEST_FILMS));
        return new Films(folders);
    }

    static Films of(Path... folders) {
        return new Films(List.of(folders));
    }

    List<Question> questions(String filmId) {
        return set.questions().stream().filter(q -> q.filmId().equals(filmId)).toList();
    }

    FilmVerification film(String filmId) {
        return verified.stream().filter(f -> f.film().id().equals(filmId)).findFirst().orElseThrow();
    }

    static List<Path> folders(Path root) {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
