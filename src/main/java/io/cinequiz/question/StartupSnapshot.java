package io.cinequiz.question;

import io.cinequiz.catalog.FilmVerification;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The verified catalogue and the questions generated from it, saved in one file so that a restart reads them back
 * instead of reading the seeds, verifying and generating again. The file starts with a key, the SHA-256 of everything
 * they came from: the seed folders (every file, by path and content), the build (the application's jar, which holds
 * the code and the shipped question data) and the verification settings. A file with another key is ignored; one that
 * does not read is reported. The records are written by {@link RecordCodec}, which names no class in the file.
 */
final class StartupSnapshot {

    /** What the file holds after its key. */
    record Content(List<FilmVerification> films, List<Question> questions, Map<String, QuestionSet.FilmStats> stats) {
    }

    private static final String FORMAT = "cinequiz start-up snapshot 1";

    private StartupSnapshot() {
    }

    /** The key of a snapshot made from these seed folders, this build and these settings. */
    static String key(Path seeds, Path build, String settings) throws IOException {
        MessageDigest sha = sha256();
        update(sha, FORMAT + "\n" + settings + "\n");
        update(sha, "build\0" + Files.size(build) + "\0");
        digestFile(sha, build);
        try (Stream<Path> walk = Files.walk(seeds)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = seeds.relativize(file).toString().replace('\\', '/');
                update(sha, "\0seed\0" + relative + "\0" + Files.size(file) + "\0");
                digestFile(sha, file);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The snapshot in {@code file} if it has this key; empty if there is none or it has another key.
     *
     * @throws IOException the file is not a snapshot or is damaged
     */
    static Optional<Content> read(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!FORMAT.equals(in.readUTF())) {
                throw new IOException("not a start-up snapshot");
            }
            if (!key.equals(in.readUTF())) {
                return Optional.empty();
            }
            Content content = (Content) RecordCodec.read(in, Content.class);
            if (content == null || in.read() != -1) {
                throw new IOException("not one snapshot");
            }
            return Optional.of(content);
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    /** Writes the snapshot under this key: to a temporary file first, then moved over any earlier one. */
    static void write(Path file, String key, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path written = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written)))) {
                out.writeUTF(FORMAT);
                out.writeUTF(key);
                RecordCodec.write(out, Content.class, content);
            }
            readableByAll(written); // a temporary file is the owner's only; the image runs as another user than built it
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void digestFile(MessageDigest sha, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
