package io.cinequiz.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Wrong options for an answer that is a person: peers from the people table. A peer has the answer's role, was alive
 * and working in the film's year, is of the answer's (or the character's) sex where that matters, and is never anyone
 * the film's sources name. Peers from the film's own industry (its production countries) are taken alone when there
 * are enough of them, and of those, peers born within twelve years of the answer (when the answer is in the table). The closest peers (same industry, born near the answer) come first; a few of the closest are
 * drawn in a seeded order, so that one person is not the wrong option of every question.
 */
final class Peers {

    /** How many of the closest peers the wrong options are drawn from. */
    static final int SHORTLIST = 6;
    /** Years of age difference at which age no longer makes a peer closer. */
    static final double AGE_SPAN = 25;
    /** Peers born within this many years of the answer are taken alone when there are enough of them. */
    static final int AGE_LIMIT = 12;

    private Peers() {
    }

    /** A candidate wrong option with its closeness to the answer (0 far, 1 close). */
    record Candidate(String text, double closeness) {
    }

    static List<Candidate> choose(List<Person> people, String role, Sex sex, Integer answerBorn, int year,
            Set<String> industry, Predicate<String> excluded, int wanted, Random random) {
        List<Person> eligible = people.stream()
                .filter(p -> p.roles().contains(role) && p.workingIn(year) && (sex == null || p.sex() == sex))
                .filter(p -> !excluded.test(p.name()))
                .toList();
        List<Person> local = eligible.stream().filter(p -> fromIndustry(p, industry)).toList();
        List<Person> pool = local.size() >= wanted ? local : eligible;
        if (answerBorn != null) {
            List<Person> ofAge = pool.stream().filter(p -> Math.abs(p.born() - answerBorn) <= AGE_LIMIT).toList();
            pool = ofAge.size() >= wanted ? ofAge : pool;
        }
        List<Candidate> ranked = new ArrayList<>(pool.stream()
                .map(p -> new Candidate(p.name(), closeness(p, industry, answerBorn)))
                .sorted(Comparator.comparingDouble(Candidate::closeness).reversed().thenComparing(Candidate::text))
                .toList());
        List<Candidate> shortlist = new ArrayList<>(ranked.subList(0, Math.min(ranked.size(), Math.max(SHORTLIST, wanted))));
        Collections.shuffle(shortlist, random);
        List<Candidate> rest = ranked.subList(shortlist.size(), ranked.size());
        shortlist.addAll(rest);
        return shortlist;
    }

    static double closeness(Person p, Set<String> industry, Integer answerBorn) {
        double age = answerBorn == null ? 0.5 : Math.max(0, 1 - Math.abs(p.born() - answerBorn) / AGE_SPAN);
        return 0.5 * (fromIndustry(p, industry) ? 1 : 0) + 0.5 * age;
    }

    private static boolean fromIndustry(Person p, Set<String> industry) {
        return p.nationalities().stream().anyMatch(industry::contains);
    }
}
