package io.cinequiz.question;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.VerificationConfig;
import io.cinequiz.problem.ApiException;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final QuestionGenerator generator;
    private volatile Snapshot snapshot = new Snapshot(List.of(), new QuestionSet(List.of(), Map.of()), Map.of());

    public QuestionBank(Catalog catalog, VerificationConfig verification) {
        this.catalog = catalog;
        this.generator = new QuestionGenerator(DistractorData.bundled(), verification.nameSimilarity());
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

    /** Up to {@code amount} distinct questions matching the filter, in random order. */
    public List<Question> random(Predicate<Question> filter, int amount) {
        List<Question> matching = new ArrayList<>(current().set.questions().stream().filter(filter).toList());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int n = Math.min(amount, matching.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(matching.size() - i);
            Question t = matching.get(i);
            matching.set(i, matching.get(j));
            matching.set(j, t);
        }
        return List.copyOf(matching.subList(0, n));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        List<FilmVerification> films = catalog.films();
        if (s.films != films) {
            synchronized (this) {
                s = snapshot;
                if (s.films != films) {
                    long start = System.nanoTime();
                    QuestionSet set = generator.generate(films);
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

    private record Snapshot(List<FilmVerification> films, QuestionSet set, Map<String, Question> byId) {
    }
}
