package io.cinequiz.fairplay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When play is flagged for moderators (it still counts). */
@ConfigMapping(prefix = "quiz.fair-play")
public interface FairPlayConfig {

    /** The least time to read any question: part of the reading time below which a correct answer is too fast. */
    @WithDefault("300ms")
    Duration readingBase();

    /** Reading time per character of the question and its options, added to the base. */
    @WithDefault("10ms")
    Duration readingPerCharacter();

    /** Answers a game needs before its accuracy and speed are judged together. */
    @WithDefault("8")
    int implausibleMinAnswers();

    /** Accuracy (correct per answered) from which a fast game is implausible. */
    @WithDefault("0.9")
    double implausibleAccuracy();

    /** Median time of the correct answers below which an accurate game is implausible. */
    @WithDefault("2500ms")
    Duration implausibleMedian();
}
