package io.cinequiz.question;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.catalog.SeedsConfig;
import io.cinequiz.catalog.VerificationConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Start-up: the catalogue verified and the questions generated, or both read back from the {@link StartupSnapshot}
 * when the seeds, the build and the settings are those it was made from; after the work, a new snapshot is written.
 * Two snapshots are looked for: the one a start wrote in the data folder, then the one the build made for the shipped
 * seeds and default settings, beside the application's jar ({@link #shipped()}), so that a first start on a new
 * machine does not do the work either. The service is ready only once this has run (the port opens after the start-up
 * observers).
 */
@ApplicationScoped
class CatalogStartup {

    private static final Logger LOG = Logger.getLogger(CatalogStartup.class);
    /** The snapshot the build makes, beside the application's jar. */
    static final String SHIPPED = "startup-snapshot.bin";

    private final Catalog catalog;
    private final QuestionBank bank;
    private final SeedsConfig seeds;
    private final VerificationConfig verification;
    private final StartupSnapshotConfig config;

    CatalogStartup(Catalog catalog, QuestionBank bank, SeedsConfig seeds, VerificationConfig verification,
            StartupSnapshotConfig config) {
        this.catalog = catalog;
        this.bank = bank;
        this.seeds = seeds;
        this.verification = verification;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.make()) {
            make();
            return;
        }
        long start = System.nanoTime();
        Path file = Path.of(config.file());
        String key = config.enabled() ? key() : null;
        long keyed = System.nanoTime();
        Optional<StartupSnapshot.Content> saved = key == null ? Optional.empty() : read(file, key);
        Path from = file;
        Path shipped = key == null ? null : shipped();
        if (saved.isEmpty() && shipped != null && Files.isRegularFile(shipped)) {
            saved = read(shipped, key);
            from = shipped;
        }
        if (saved.isPresent()) {
            catalog.install(saved.get().films());
            bank.install(saved.get().questions(), saved.get().stats());
            long end = System.nanoTime();
            LOG.infof("Catalogue and %d questions read from the start-up snapshot %s in %.1f ms (hashing the seeds,"
                    + " the build and the settings %.1f ms, reading %.1f ms): they are unchanged",
                    saved.get().questions().size(), from.toAbsolutePath(), (end - start) / 1e6, (keyed - start) / 1e6,
                    (end - keyed) / 1e6);
            return;
        }
        StartupSnapshot.Content made = verifyAndGenerate();
        if (key != null) {
            try {
                StartupSnapshot.write(file, key, made);
            } catch (IOException | RuntimeException e) {
                LOG.infof("No start-up snapshot written to %s (%s): the next start verifies and generates again",
                        file.toAbsolutePath(), e.toString());
            }
        }
    }

    /** The build's step (quiz.startup-snapshot.make): the work done, the snapshot written beside the jar, then exit. */
    private void make() {
        String key = key();
        Path file = shipped();
        if (key == null || file == null) {
            throw new IllegalStateException("No start-up snapshot can be made: the application is not run from its jar");
        }
        StartupSnapshot.Content made = verifyAndGenerate();
        try {
            StartupSnapshot.write(file, key, made);
        } catch (IOException e) {
            throw new UncheckedIOException("The start-up snapshot could not be written to " + file, e);
        }
        LOG.infof("Start-up snapshot of %d questions made for the build: %s", made.questions().size(),
                file.toAbsolutePath());
        Quarkus.asyncExit(0);
    }

    /** The work a snapshot saves: the seeds read and verified, the questions generated; what a snapshot holds. */
    private StartupSnapshot.Content verifyAndGenerate() {
        catalog.reload();
        QuestionSet set = bank.questions();
        return new StartupSnapshot.Content(catalog.films(), set.questions(), set.stats());
    }

    /** Where the build puts the snapshot it makes: beside the application's jar; null when there is no jar. */
    static Path shipped() {
        Path jar = applicationJar();
        return jar == null ? null : jar.resolveSibling(SHIPPED);
    }

    private static Optional<StartupSnapshot.Content> read(Path file, String key) {
        try {
            Optional<StartupSnapshot.Content> saved = StartupSnapshot.read(file, key);
            if (saved.isEmpty() && Files.exists(file)) {
                LOG.infof("The start-up snapshot %s was made from other seeds, another build or other settings:"
                        + " verifying and generating", file.toAbsolutePath());
            }
            return saved;
        } catch (IOException e) {
            LOG.warnf("The start-up snapshot %s does not read (%s): verifying and generating", file.toAbsolutePath(),
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return Optional.empty();
        }
    }

    /** The snapshot's key; null when the build is not one jar (a development run from class folders). */
    private String key() {
        try {
            Path build = applicationJar();
            if (build == null) {
                return null;
            }
            LOG.debugf("Start-up snapshot key: the seeds %s, the build %s, the settings", seeds.dir(), build);
            return StartupSnapshot.key(Path.of(seeds.dir()), build, verification.settings().toString());
        } catch (IOException | RuntimeException e) {
            LOG.infof("No start-up snapshot (%s): verifying and generating", e.toString());
            return null;
        }
    }

    /**
     * The jar holding the application's classes and its shipped question data, found by one of its resources (a class's
     * own code source may be Quarkus's jar of transformed classes, which a change to the data leaves as it was).
     */
    static Path applicationJar() {
        URL data = CatalogStartup.class.getResource(QuestionData.PREDICATES);
        if (data == null || !"jar".equals(data.getProtocol())) {
            return null;
        }
        String jar = data.toString().substring("jar:".length(), data.toString().indexOf("!/"));
        try {
            Path path = Path.of(URI.create(jar));
            return Files.isRegularFile(path) ? path : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
