package io.cinequiz.leaderboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** One leaderboard: a scope ("global", "film:<id>", "community:<id>") and a window key ("all", "w:2026-W49", ...). */
record Board(String scopeKey, String windowKey) implements Comparable<Board> {

    static String scopeKey(Scope scope, String subject) {
        return switch (scope) {
            case GLOBAL -> "global";
            case FILM -> "film:" + subject;
            case COMMUNITY -> "community:" + subject;
        };
    }

    static Board of(Scope scope, String subject, Window window, Instant now, ZoneId zone) {
        return new Board(scopeKey(scope, subject), window.key(now, zone));
    }

    /**
     * The boards a game finished at {@code at} counts on: every window of the global scope, of its film's scope (if it
     * had a film) and of its community's (if it had one); in one fixed order, the order their rows are locked in.
     */
    static List<Board> countingGame(String filmId, String community, Instant at, ZoneId zone) {
        List<String> scopes = new ArrayList<>();
        scopes.add(scopeKey(Scope.GLOBAL, null));
        if (filmId != null) {
            scopes.add(scopeKey(Scope.FILM, filmId));
        }
        if (community != null) {
            scopes.add(scopeKey(Scope.COMMUNITY, community));
        }
        List<Board> boards = new ArrayList<>();
        for (String scope : scopes) {
            for (Window window : Window.values()) {
                boards.add(new Board(scope, window.key(at, zone)));
            }
        }
        boards.sort(null);
        return boards;
    }

    @Override
    public int compareTo(Board other) {
        int c = scopeKey.compareTo(other.scopeKey);
        return c != 0 ? c : windowKey.compareTo(other.windowKey);
    }
}
