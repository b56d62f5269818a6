package io.cinequiz.catalog;

import io.cinequiz.problem.ApiException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The verified fact catalogue: every film of the seeds folder, loaded and verified at start-up (or read back from the
 * start-up snapshot, see {@code io.cinequiz.question.StartupSnapshot}) and held in memory.
 * A malformed seed stops start-up with a {@link SeedException} naming the file, the entry and the problem.
 */
@ApplicationScoped
public class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class);

    private final SeedsConfig seeds;
    private final VerificationConfig verification;
    private volatile Map<String, FilmVerification> films = Map.of();
    private volatile List<FilmVerification> ordered = List.of();

    public Catalog(SeedsConfig seeds, VerificationConfig verification, MeterRegistry registry) {
        this.seeds = seeds;
        this.verification = verification;
        for (Verdict verdict : Verdict.values()) {
            Gauge.builder("cinequiz.facts", this, catalog -> catalog.count(verdict)).tag("verdict", verdict.name())
                    .description("Facts in the catalogue with this verdict, as of the last load").strongReference(true)
                    .register(registry);
        }
    }

    /** Reads and verifies every seed folder, then swaps the new catalogue in; on failure the old one stays. */
    public synchronized void reload() {
        long start = System.nanoTime();
        List<FilmSeed> loaded = SeedLoader.loadAll(Path.of(seeds.dir()));
        long read = System.nanoTime();
        Verifier verifier = new Verifier(verification.settings());
        Map<String, FilmVerification> verified = new LinkedHashMap<>();
        int claims = 0;
        for (FilmSeed seed : loaded) {
            verified.put(seed.film().id(), verifier.verify(seed));
            claims += seed.claims().size();
        }
        swapIn(verified.values());
        long facts = verified.values().stream().mapToLong(v -> v.facts(Verdict.SUPPORTED).size()).sum();
        long end = System.nanoTime();
        LOG.infof("Catalogue loaded and verified in %.1f ms (reading %.1f ms, verifying %.1f ms): %d film(s), %d claims,"
                + " %d supported facts, from %s", (end - start) / 1e6, (read - start) / 1e6, (end - read) / 1e6,
                verified.size(), claims, facts, Path.of(seeds.dir()).toAbsolutePath());
    }

    /** Takes films verified earlier from these very seeds and settings (a start-up snapshot's) instead of verifying. */
    public synchronized void install(List<FilmVerification> verified) {
        swapIn(verified);
    }

    private void swapIn(Collection<FilmVerification> verified) {
        Map<String, FilmVerification> byId = new LinkedHashMap<>();
        verified.forEach(v -> byId.put(v.film().id(), v));
        films = Map.copyOf(byId);
        ordered = verified.stream().sorted((a, b) -> a.film().id().compareTo(b.film().id())).toList();
    }

    private long count(Verdict verdict) {
        return ordered.stream().mapToLong(film -> film.facts(verdict).size()).sum();
    }

    public boolean isLoaded() {
        return !films.isEmpty();
    }

    /** Films in id order; the same list object until the next reload, so callers can tell when it changed. */
    public List<FilmVerification> films() {
        return ordered;
    }

    public Optional<FilmVerification> film(String id) {
        return Optional.ofNullable(films.get(id));
    }

    /** The film, or a 404 problem naming the unknown id. */
    public FilmVerification require(String id) {
        return film(id).orElseThrow(() -> ApiException.notFound("Film", id));
    }
}
