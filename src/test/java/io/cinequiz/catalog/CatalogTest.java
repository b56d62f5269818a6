package io.cinequiz.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path seeds;

    /** The configuration as Quarkus would bind it with every default, apart from the single-source trust. */
    private static VerificationConfig verification(double singleSourceTrust) {
        VerificationSettings d = VerificationSettings.defaults();
        VerificationConfig.Prior prior = new VerificationConfig.Prior() {
            public double database() { return d.prior(SourceKind.DATABASE); }
            public double review() { return d.prior(SourceKind.REVIEW); }
            public double list() { return d.prior(SourceKind.LIST); }
            public double news() { return d.prior(SourceKind.NEWS); }
            public double interview() { return d.prior(SourceKind.INTERVIEW); }
            public double blog() { return d.prior(SourceKind.BLOG); }
            public double summary() { return d.prior(SourceKind.SUMMARY); }
            public double other() { return d.prior(SourceKind.OTHER); }
        };
        return new VerificationConfig() {
            public double nameSimilarity() { return d.nameSimilarity(); }
            public int copyMinWords() { return d.copyMinWords(); }
            public int copyContextChars() { return d.copyContextChars(); }
            public int falseValues() { return d.falseValues(); }
            public double priorWeight() { return d.priorWeight(); }
            public double singleSourceTrust() { return singleSourceTrust; }
            public double settleConfidence() { return d.settleConfidence(); }
            public int maxIterations() { return d.maxIterations(); }
            public double convergence() { return d.convergence(); }
            public Prior prior() { return prior; }
        };
    }

    private Catalog catalog(double singleSourceTrust) {
        SeedsConfig dir = () -> seeds.toString();
        return new Catalog(dir, verification(singleSourceTrust), new SimpleMeterRegistry());
    }

    private Catalog catalog() {
        return catalog(VerificationSettings.defaults().singleSourceTrust());
    }

    @Test
    void configBuildsTheDefaultSettings() {
        assertEquals(VerificationSettings.defaults(), verification(0.75).settings());
    }

    @Test
    void reloadLoadsAndVerifiesEveryFilm() {
        SeedFolder.write(seeds, "test-film");
        SeedFolder.write(seeds, "another-film");
        Catalog catalog = catalog();
        assertFalse(catalog.isLoaded());

        catalog.reload();

        assertTrue(catalog.isLoaded());
        assertEquals(List.of("another-film", "test-film"), catalog.films().stream().map(f -> f.film().id()).toList());
        FilmVerification film = catalog.film("test-film").orElseThrow();
        assertEquals(2, film.claims().size());
        assertEquals(2, film.facts().size());
        assertEquals(Optional.empty(), catalog.film("no-such-film"));
    }

    @Test
    void factsPerVerdictAreGaugedAfterEachLoad() {
        SeedFolder.write(seeds, "test-film");
        MeterRegistry registry = new SimpleMeterRegistry();
        Catalog catalog = new Catalog(() -> seeds.toString(), verification(0.5), registry);
        assertEquals(0, facts(registry, Verdict.SUPPORTED));

        catalog.reload();

        assertEquals(2, facts(registry, Verdict.SUPPORTED));
        assertEquals(0, facts(registry, Verdict.DISPUTED));
        SeedFolder.write(seeds, "another-film");
        catalog.reload();
        assertEquals(4, facts(registry, Verdict.SUPPORTED));
    }

    private static double facts(MeterRegistry registry, Verdict verdict) {
        return registry.get("cinequiz.facts").tag("verdict", verdict.name()).gauge().value();
    }

    @Test
    void reloadUsesTheConfiguredSettings() {
        SeedFolder.write(seeds, "test-film");

        Catalog strict = catalog(0.75);
        strict.reload();
        Catalog lenient = catalog(0.5);
        lenient.reload();

        // One review (prior 0.65) alone: below the default threshold, above a lowered one.
        assertEquals(0, strict.film("test-film").orElseThrow().facts(Verdict.SUPPORTED).size());
        assertEquals(2, lenient.film("test-film").orElseThrow().facts(Verdict.SUPPORTED).size());
    }

    @Test
    void reloadOfMalformedSeedThrowsNamingTheFile() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Path claims = SeedFolder.file(folder, "claims.yaml", "claims:\n  - source: doc.txt\n    predicate: directed\n");
        Catalog catalog = catalog();

        SeedException e = assertThrows(SeedException.class, catalog::reload);

        assertTrue(e.getMessage().startsWith(claims + ", claim 1 (doc.txt, directed): unknown predicate"), e.getMessage());
        assertFalse(catalog.isLoaded());
    }

    @Test
    void reloadOfMissingSeedsFolderThrows() {
        SeedsConfig missing = () -> seeds.resolve("nowhere").toString();
        Catalog catalog = new Catalog(missing, verification(0.75), new SimpleMeterRegistry());

        SeedException e = assertThrows(SeedException.class, catalog::reload);

        assertTrue(e.getMessage().contains("the seeds folder does not exist"), e.getMessage());
    }

    @Test
    void failedReloadKeepsThePreviousCatalogue() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Catalog catalog = catalog();
        catalog.reload();
        FilmVerification before = catalog.film("test-film").orElseThrow();

        SeedFolder.file(folder, "sources.yaml", "- id: missing.txt\n  kind: review\n  title: Gone\n");
        SeedException e = assertThrows(SeedException.class, catalog::reload);

        assertTrue(e.getMessage().contains(folder.resolve("sources.yaml").toString()), e.getMessage());
        assertTrue(catalog.isLoaded());
        assertSame(before, catalog.film("test-film").orElseThrow());
        assertEquals(List.of(before), catalog.films());
    }

    @Test
    void successfulReloadReplacesTheCatalogue() {
        Path folder = SeedFolder.write(seeds, "test-film");
        Catalog catalog = catalog();
        catalog.reload();

        SeedFolder.file(folder, "claims.yaml", """
                claims:
                  - source: doc.txt
                    predicate: composer
                    value: { person: Angelo Badalamenti }
                    quote: "The score is by Angelo Badalamenti."
                """);
        catalog.reload();

        assertEquals(1, catalog.film("test-film").orElseThrow().claims().size());
    }
}
