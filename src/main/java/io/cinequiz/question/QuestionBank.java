package io.cinequiz.question;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.SeedsConfig;
import io.cinequiz.catalog.VerificationConfig;
import io.cinequiz.problem.ApiException;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The generated questions, held in memory: made once at start-up (after the catalogue) and again whenever the
 * catalogue is reloaded.
 */
@ApplicationScoped
public class QuestionBank {

    private static final Logger LOG = Logger.getLogger(QuestionBank.class);

    private final Catalog catalog;
    private final SeedsConfig seeds;
    private final QuestionData data;
    private final QuestionGenerator generator;
    private volatile Snapshot snapshot = new Snapshot(List.of(), new QuestionSet(List.of(), Map.of()), Map.of());

    public QuestionBank(Catalog catalog, SeedsConfig seeds, VerificationConfig verification) {
        this.catalog = catalog;
        this.seeds = seeds;
        this.data = QuestionData.bundled();
        this.generator = new QuestionGenerator(data, verification.nameSimilarity(), verification.singleSourceTrust());
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        current();
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

    /** The shipped question data (phrasing, pools, people). */
    QuestionData data() {
        return data;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        List<FilmVerification> films = catalog.films();
        if (s.films != films) {
            synchronized (this) {
                s = snapshot;
                if (s.films != films) {
                    long start = System.nanoTime();
                    QuestionSet set = generator.generate(films, filmData(films));
                    s = new Snapshot(films, set, set.questions().stream()
                            .collect(Collectors.toUnmodifiableMap(Question::id, q -> q)));
                    snapshot = s;
                    LOG.infof("Generated %d questions from %d film(s) in %.1f ms", set.questions().size(), films.size(),
                            (System.nanoTime() - start) / 1e6);
                }
            }
        }
        return s;
    }

    /** Each film's own question data, read from its seed folder. */
    private Map<String, FilmQuestionData> filmData(List<FilmVerification> films) {
        Map<String, FilmQuestionData> byFilm = new java.util.HashMap<>();
        for (FilmVerification f : films) {
            byFilm.put(f.film().id(), FilmQuestionData.load(Path.of(seeds.dir()).resolve(f.film().id()), data));
        }
        return byFilm;
    }

    private record Snapshot(List<FilmVerification> films, QuestionSet set, Map<String, Question> byId) {
    }
}
