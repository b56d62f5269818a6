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

    /** Answers (a player's latest, over sessions and room games) the accuracy rule needs before it judges. */
    @WithDefault("30")
    int accuracyMinAnswers();

    /** How many of a player's latest answers the accuracy rule judges together. */
    @WithDefault("200")
    int accuracyWindow();

    /**
     * Share of what the average player misses that an honest strong player still gets right: the accuracy rule
     * compares a player with such a player, not with the average one.
     */
    @WithDefault("0.3")
    double accuracySkill();

    /** Flag when an honest strong player would do at least as well with a probability below this. */
    @WithDefault("1e-5")
    double accuracyTail();

    /** Answers in play from which a question's own share of right answers replaces its prior. */
    @WithDefault("30")
    int observedMinPlays();

    /**
     * How far a question's observed share of right answers may move its chance away from the prior, either way: the
     * share is public and anyone with many players can write it, so it only corrects the prior a little.
     */
    @WithDefault("0.05")
    double observedMaxShift();

    /** Prior share of players who know the answer to an easy question (the rest guess). */
    @WithDefault("0.5")
    double priorKnowledgeEasy();

    /** Prior share of players who know the answer to a medium question. */
    @WithDefault("0.3")
    double priorKnowledgeMedium();

    /** Prior share of players who know the answer to a hard question. */
    @WithDefault("0.15")
    double priorKnowledgeHard();
}
