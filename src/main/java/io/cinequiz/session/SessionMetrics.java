package io.cinequiz.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What sessions do, as Micrometer meters (scraped by Prometheus at {@code /q/metrics}): sessions started and finished,
 * questions served in sessions, question outcomes, and the time an answer takes to handle. An event inside a
 * transaction counts when the transaction commits, so one rolled back, or retried after a conflict, counts once.
 */
@ApplicationScoped
class SessionMetrics {

    private final TransactionSynchronizationRegistry transactions;
    private final Counter started;
    private final Counter finished;
    private final Counter served;
    private final Counter correct;
    private final Counter wrong;
    private final Counter timeout;
    private final Timer answering;

    SessionMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.started = Counter.builder("cinequiz.sessions.started").description("Quiz sessions started")
                .register(registry);
        this.finished = Counter.builder("cinequiz.sessions.finished")
                .description("Quiz sessions finished: every question answered or timed out, ended early, or expired")
                .register(registry);
        this.served = Counter.builder("cinequiz.questions.served").tag("api", "sessions")
                .description("Questions sent to clients (in sessions: when first served)").register(registry);
        this.correct = outcome(registry, "correct");
        this.wrong = outcome(registry, "wrong");
        this.timeout = outcome(registry, "timeout");
        this.answering = Timer.builder("cinequiz.answers.duration").description("Time to handle an answer request")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("cinequiz.answers").tag("outcome", outcome)
                .description("Session questions by outcome: answered correctly, wrongly, or timed out")
                .register(registry);
    }

    void started() {
        count(started);
    }

    void served() {
        count(served);
    }

    void recorded(Scoring.Outcome outcome) {
        count(outcome.timedOut() ? timeout : outcome.correct() ? correct : wrong);
    }

    void finished() {
        count(finished);
    }

    <T> T timeAnswer(Supplier<T> answer) {
        return answering.record(answer);
    }

    private void count(Counter counter) {
        OnCommit.increment(transactions, counter);
    }
}
