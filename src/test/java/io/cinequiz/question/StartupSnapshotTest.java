package io.cinequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.FilmVerification;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupSnapshotTest {

    private static Films films;
    private static StartupSnapshot.Content content;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        films = Films.all();
        content = new StartupSnapshot.Content(List.copyOf(films.verified), films.set.questions(), films.set.stats());
    }

    @Test
    void aSnapshotReadsBackTheSameCatalogueAndQuestions() throws IOException {
        Path file = dir.resolve("data/startup-snapshot.bin");
        StartupSnapshot.write(file, "key-1", content);

        StartupSnapshot.Content read = StartupSnapshot.read(file, "key-1").orElseThrow();
        assertEquals(films.verified, read.films());
        assertEquals(films.set.questions(), read.questions());
        assertEquals(films.set.stats(), read.stats());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aSnapshotOfOtherSeedsBuildOrSettingsIsNotRead() throws IOException {
        Path file = dir.resolve("snapshot.bin");
        StartupSnapshot.write(file, "key-1", content);
        assertEquals(Optional.empty(), StartupSnapshot.read(file, "key-2"));
        assertEquals(Optional.empty(), StartupSnapshot.read(dir.resolve("none.bin"), "key-1"), "no file");
    }

    @Test
    void aDamagedSnapshotIsReportedAsNotReading() throws IOException {
        Path file = dir.resolve("snapshot.bin");
        StartupSnapshot.write(file, "key-1", content);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(IOException.class, () -> StartupSnapshot.read(file, "key-1"), "cut short");
        Files.writeString(file, "not a snapshot");
        assertThrows(IOException.class, () -> StartupSnapshot.read(file, "key-1"), "not one at all");
    }

    @Test
    void aFileClaimingHugeContentsIsRefusedWithoutMakingRoomForThem() throws IOException {
        Path file = dir.resolve("snapshot.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeUTF("cinequiz start-up snapshot 1");
            out.writeUTF("key-1");
            out.writeBoolean(true); // the content is there
            out.writeBoolean(true); // its list of films is there
            out.writeInt(Integer.MAX_VALUE); // and that long
        }
        IOException huge = assertThrows(IOException.class, () -> StartupSnapshot.read(file, "key-1"));
        assertTrue(huge.getMessage().contains("length"), huge.toString());
    }

    @Test
    void theKeyChangesWithEverySeedFileTheBuildAndTheSettings() throws IOException {
        Path seeds = dir.resolve("seeds");
        Path film = seeds.resolve("a-film");
        Files.createDirectories(film.resolve("sources"));
        Files.writeString(film.resolve("claims.yaml"), "claims: []\n");
        Files.writeString(film.resolve("sources/000.md"), "A source.\n");
        Path build = Files.writeString(dir.resolve("app.jar"), "the build");
        String key = StartupSnapshot.key(seeds, build, "settings");

        assertEquals(key, StartupSnapshot.key(seeds, build, "settings"), "the same inputs, the same key");
        assertNotEquals(key, StartupSnapshot.key(seeds, build, "other settings"));
        Files.writeString(build, " again", StandardOpenOption.APPEND);
        String rebuilt = StartupSnapshot.key(seeds, build, "settings");
        assertNotEquals(key, rebuilt, "another build");
        Files.writeString(film.resolve("sources/000.md"), "A source!\n");
        String edited = StartupSnapshot.key(seeds, build, "settings");
        assertNotEquals(rebuilt, edited, "one character of a source");
        Files.writeString(film.resolve("sources/001.md"), "");
        assertNotEquals(edited, StartupSnapshot.key(seeds, build, "settings"), "an empty document added");
        Files.delete(film.resolve("sources/001.md"));
        assertEquals(edited, StartupSnapshot.key(seeds, build, "settings"), "and removed again");
        Files.move(film.resolve("sources/000.md"), film.resolve("sources/002.md"));
        assertNotEquals(edited, StartupSnapshot.key(seeds, build, "settings"), "a document renamed");
        assertTrue(key.matches("[0-9a-f]{64}"));
    }

    @Test
    void aStartFromClassFoldersHasNoBuildToKeyASnapshotOn() {
        // the tests run from target/classes, as mvn quarkus:dev does: no jar holds the shipped data
        assertNull(CatalogStartup.applicationJar());
    }

    @Test
    void theQualityGateOfQuestionsReadBackIsTheOneWorkedOutAtGeneration() {
        QuestionGenerator generator = new QuestionGenerator(films.shipped, Films.NAME_SIMILARITY, Films.CITE_TRUST);
        for (FilmVerification film : films.verified) {
            String id = film.film().id();
            assertEquals(films.set.quality(id), generator.quality(film, films.data.get(id), films.questions(id)), id);
        }
    }
}
