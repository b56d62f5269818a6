package io.cinequiz.leaderboard;

import io.cinequiz.problem.ApiException;
import io.cinequiz.problem.Params;
import java.util.Locale;

/**
 * Which board a request asks for. The film is required with (and only with) {@code scope=film}, the community with
 * (and only with) {@code scope=community}; scope defaults to global and window to all.
 */
record BoardQuery(Scope scope, String film, String community, Window window) {

    static final int MAX_COMMUNITY = 64;
    static final int MAX_FILM = 100;

    static BoardQuery parse(String scope, String film, String community, String window) {
        Scope s = Params.enumValue("scope", scope, Scope.class);
        Window w = Params.enumValue("window", window, Window.class);
        BoardQuery query = new BoardQuery(s == null ? Scope.GLOBAL : s, blankToNull(film), blankToNull(community),
                w == null ? Window.ALL : w);
        query.check();
        return query;
    }

    private void check() {
        String name = scope.name().toLowerCase(Locale.ROOT);
        if (scope == Scope.FILM && film == null) {
            throw ApiException.badRequest("scope=film needs a film: add film=<film id>");
        }
        if (scope == Scope.COMMUNITY && community == null) {
            throw ApiException.badRequest("scope=community needs a community: add community=<community id>");
        }
        if (film != null && scope != Scope.FILM) {
            throw ApiException.badRequest("film is only for scope=film, not scope=" + name);
        }
        if (community != null && scope != Scope.COMMUNITY) {
            throw ApiException.badRequest("community is only for scope=community, not scope=" + name);
        }
        if (film != null && film.length() > MAX_FILM) {
            throw ApiException.badRequest("film must be at most " + MAX_FILM + " characters");
        }
        if (community != null && community.length() > MAX_COMMUNITY) {
            throw ApiException.badRequest("community must be at most " + MAX_COMMUNITY + " characters");
        }
    }

    /** The film or community the scope is about; null for global. */
    String subject() {
        return scope == Scope.FILM ? film : scope == Scope.COMMUNITY ? community : null;
    }

    String windowName() {
        return window.name().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
