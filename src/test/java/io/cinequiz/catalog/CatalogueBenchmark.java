package io.cinequiz.catalog;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of loading and verifying a seed catalogue (run by {@code bench/catalogue.sh}, not by the test suite).
 * Prints the first, cold run in this JVM and the median of warm runs, for reading and verifying separately.
 * Usage: {@code CatalogueBenchmark SEEDS_DIR [WARM_RUNS]}
 */
public final class CatalogueBenchmark {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Verifier verifier = new Verifier(VerificationSettings.defaults());
        double[] read = new double[warmRuns + 1];
        double[] verify = new double[warmRuns + 1];
        int films = 0;
        int claims = 0;
        long supported = 0;
        for (int run = 0; run <= warmRuns; run++) {
            long start = System.nanoTime();
            List<FilmSeed> seeds = SeedLoader.loadAll(dir);
            long loaded = System.nanoTime();
            supported = 0;
            for (FilmSeed seed : seeds) {
                supported += verifier.verify(seed).facts(Verdict.SUPPORTED).size();
            }
            long end = System.nanoTime();
            read[run] = (loaded - start) / 1e6;
            verify[run] = (end - loaded) / 1e6;
            films = seeds.size();
            claims = seeds.stream().mapToInt(s -> s.claims().size()).sum();
        }
        System.out.printf(Locale.ROOT, "catalogue %s: %d films, %d claims, %d supported facts%n", dir, films, claims,
                supported);
        System.out.printf(Locale.ROOT, "  cold (first run in a fresh JVM): read %.1f ms + verify %.1f ms = %.1f ms%n",
                read[0], verify[0], read[0] + verify[0]);
        if (warmRuns > 0) {
            double r = median(Arrays.copyOfRange(read, 1, read.length));
            double v = median(Arrays.copyOfRange(verify, 1, verify.length));
            System.out.printf(Locale.ROOT, "  warm (median of %d runs):         read %.1f ms + verify %.1f ms = %.1f ms%n",
                    warmRuns, r, v, r + v);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
