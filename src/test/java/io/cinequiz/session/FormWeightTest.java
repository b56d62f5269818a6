package io.cinequiz.session;

import static io.cinequiz.session.SessionApi.answer;
import static io.cinequiz.session.SessionApi.body;
import static io.cinequiz.session.SessionApi.correctChoice;
import static io.cinequiz.session.SessionApi.create;
import static io.cinequiz.session.SessionApi.newPlayer;
import static io.cinequiz.session.SessionApi.next;
import static io.cinequiz.session.SessionApi.summary;

import io.cinequiz.session.SessionApi.Served;
import io.cinequiz.session.SessionApi.Session;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review L7: asking for true/false questions only (a guess is right half the time) must not beat four-option play on
 * the boards; a correct true/false answer earns half of what a correct four-option answer earns at the same speed.
 */
@QuarkusTest
class FormWeightTest {

    FakeClock clock;

    @BeforeEach
    void installFakeClock() {
        clock = FakeClock.install();
    }

    private int playAllRight(String type) {
        Session s = create(body(newPlayer(), "type", type, "amount", 2));
        int total = 0;
        for (int i = 0; i < 2; i++) {
            Served q = next(s);
            clock.advance(Duration.ofSeconds(10)); // round(1000 x (1 - 0.5 / 2)) = 750 at 10 s of 20
            total += answer(s, q.questionId(), correctChoice(s, q.questionId())).<Integer>path("points");
        }
        summary(s).response().then().body("score", equalTo(total));
        return total;
    }

    @Test
    void trueFalseAnswersEarnHalfOfFourOptionAnswersAtTheSameSpeed() {
        org.junit.jupiter.api.Assertions.assertEquals(750 + 850, playAllRight("multiple")); // the second with a streak
        org.junit.jupiter.api.Assertions.assertEquals(375 + 425, playAllRight("boolean"));
    }
}
