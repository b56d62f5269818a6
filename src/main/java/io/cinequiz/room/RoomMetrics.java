package io.cinequiz.room;

import io.cinequiz.session.OnCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Room games started and finished, questions served to rooms, and room answers by outcome; counted on commit. */
@ApplicationScoped
class RoomMetrics {

    private final TransactionSynchronizationRegistry transactions;
    private final Counter started;
    private final Counter finished;
    private final Counter served;
    private final Counter correct;
    private final Counter wrong;
    private final Counter late;

    RoomMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.started = Counter.builder("cinequiz.rooms.games.started").description("Room games started")
                .register(registry);
        this.finished = Counter.builder("cinequiz.rooms.games.finished")
                .description("Room games finished: target reached, questions run out, or ended").register(registry);
        this.served = Counter.builder("cinequiz.questions.served").tag("api", "rooms")
                .description("Questions sent to clients (in sessions: when first served)").register(registry);
        this.correct = outcome(registry, "correct");
        this.wrong = outcome(registry, "wrong");
        this.late = outcome(registry, "late");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("cinequiz.rooms.answers").tag("outcome", outcome)
                .description("Room answers by outcome: correct, wrong, or late (after the round closed)")
                .register(registry);
    }

    void started() {
        OnCommit.increment(transactions, started);
    }

    void finished() {
        OnCommit.increment(transactions, finished);
    }

    void served() {
        OnCommit.increment(transactions, served);
    }

    void answered(RoomAnswer answer) {
        OnCommit.increment(transactions, answer.late ? late : answer.correct ? correct : wrong);
    }
}
