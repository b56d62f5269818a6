package io.cinequiz.question;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.SeedsConfig;
import io.cinequiz.catalog.VerificationConfig;
import io.cinequiz.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The generated questions, held in memory: made at start-up (after the catalogue, or read back with it from the
 * {@link StartupSnapshot}) and again whenever the catalogue is reloaded.
 */
@ApplicationScoped
public class QuestionBank {

    private static final Logger LOG = Logger.getLogger(QuestionBank.class);

    private final Catalog catalog;
    private final SeedsConfig seeds;
    private final VerificationConfig verification;
    /** The generator and the shipped data it reads, made when first needed: a start from a snapshot needs neither. */
    private volatile QuestionGenerator generator;
    private volatile Generation generation = new Generation(List.of(), QuestionSet.EMPTY, Map.of());

    public QuestionBank(Catalog catalog, SeedsConfig seeds, VerificationConfig verification) {
        this.catalog = catalog;
        this.seeds = seeds;
        this.verification = verification;
    }

    /** The question set of the current catalogue, regenerated if the catalogue changed since. */
    QuestionSet questions() {
        return current().set;
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(current().byId.get(id));
    }

    /**
     * A question that a session or a room game drew earlier: 410 {@code question-gone} when the catalogue has changed
     * since and no longer makes it.
     */
    public Question drawn(String id) {
        return find(id).orElseThrow(() -> new ApiException(410, "question-gone", "Gone",
                "Question '" + id + "' no longer exists in the catalogue"));
    }

    /** Every question matching the filter, in a stable order; 404 when there is none. */
    public List<Question> requireMatching(Predicate<Question> filter) {
        List<Question> pool = matching(filter);
        if (pool.isEmpty()) {
            throw new ApiException(404, "not-found", "Not Found", "No question matches this filter");
        }
        return pool;
    }

    /** Every question matching the filter, in a stable order. */
    public List<Question> matching(Predicate<Question> filter) {
        return current().set.questions().stream().filter(filter).toList();
    }

    /** Up to {@code amount} questions matching the filter, in random order, no two of one group. */
    public List<Question> random(Predicate<Question> filter, int amount) {
        return draw(current().set.questions().stream().filter(filter).toList(), Set.of(), amount,
                ThreadLocalRandom.current());
    }

    /**
     * Up to {@code amount} of the candidates in random order, none of a group in {@code usedGroups} and no two of one
     * group: the two forms of one fact (and facts that give each other away) are never served together.
     */
    public static List<Question> draw(List<Question> candidates, Set<String> usedGroups, int amount, Random random) {
        List<Question> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        Set<String> groups = new HashSet<>(usedGroups);
        List<Question> chosen = new ArrayList<>();
        for (Question q : shuffled) {
            if (chosen.size() == amount) {
                break;
            }
            if (groups.add(q.group())) {
                chosen.add(q);
            }
        }
        return List.copyOf(chosen);
    }

    /** How many questions of the candidates could be served together: one per group. */
    public static int groups(Collection<Question> candidates) {
        return (int) candidates.stream().map(Question::group).distinct().count();
    }

    /** The groups of the questions with these ids (ids no longer in the catalogue are left out). */
    public Set<String> groupsOf(Collection<String> ids) {
        Map<String, Question> byId = current().byId;
        Set<String> groups = new HashSet<>();
        for (String id : ids) {
            Question q = byId.get(id);
            if (q != null) {
                groups.add(q.group());
            }
        }
        return groups;
    }

    private Generation current() {
        Generation s = generation;
        List<FilmVerification> films = catalog.films();
        if (s.films != films) {
            synchronized (this) {
                s = generation;
                if (s.films != films) {
                    long start = System.nanoTime();
                    QuestionGenerator generator = generator();
                    Map<String, FilmQuestionData> data = new HashMap<>();
                    films.forEach(f -> data.put(f.film().id(), filmData(f, generator)));
                    QuestionSet set = generator.generate(films, data);
                    s = Generation.of(films, set);
                    generation = s;
                    LOG.infof("Generated %d questions from %d film(s) in %.1f ms", set.questions().size(), films.size(),
                            (System.nanoTime() - start) / 1e6);
                }
            }
        }
        return s;
    }

    /**
     * Takes questions generated earlier from exactly the catalogue's current films (a start-up snapshot's) instead of
     * generating them; each film's quality gate is worked out when first asked for, as after a generation.
     */
    synchronized void install(List<Question> questions, Map<String, QuestionSet.FilmStats> stats) {
        List<FilmVerification> films = catalog.films();
        Map<String, Supplier<QualityGate.Report>> gates = new HashMap<>();
        for (FilmVerification film : films) {
            String id = film.film().id();
            List<Question> made = questions.stream().filter(q -> q.filmId().equals(id)).toList();
            gates.put(id, () -> {
                QuestionGenerator generator = generator();
                return generator.quality(film, filmData(film, generator), made);
            });
        }
        generation = Generation.of(films, new QuestionSet(questions, stats, gates));
    }

    private QuestionGenerator generator() {
        QuestionGenerator g = generator;
        if (g == null) {
            synchronized (this) {
                g = generator;
                if (g == null) {
                    g = new QuestionGenerator(QuestionData.bundled(), verification.nameSimilarity(),
                            verification.singleSourceTrust());
                    generator = g;
                }
            }
        }
        return g;
    }

    /** A film's own question data, read from its seed folder. */
    private FilmQuestionData filmData(FilmVerification film, QuestionGenerator generator) {
        return FilmQuestionData.load(Path.of(seeds.dir()).resolve(film.film().id()), generator.data());
    }

    /** The questions of one catalogue (one list of films), and each by id. */
    private record Generation(List<FilmVerification> films, QuestionSet set, Map<String, Question> byId) {

        static Generation of(List<FilmVerification> films, QuestionSet set) {
            return new Generation(films, set, set.questions().stream()
                    .collect(Collectors.toUnmodifiableMap(Question::id, q -> q)));
        }
    }
}
