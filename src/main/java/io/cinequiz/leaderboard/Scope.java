package io.cinequiz.leaderboard;

/** Whose games a board counts: everyone's, those played on one film, or those of one community (a Discord guild). */
public enum Scope {
    GLOBAL, FILM, COMMUNITY
}
