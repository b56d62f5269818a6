package io.cinequiz.question;

import java.util.Set;

/**
 * A real film professional from the people table ({@code questions/people.csv}), a candidate wrong option for questions
 * whose answer is a person of one of the same roles.
 *
 * @param born       year of birth
 * @param died       year of death, or null
 * @param activeFrom first year of film work
 * @param activeTo   last year of film work, or null while still working
 */
record Person(String name, Set<String> roles, Sex sex, int born, Integer died, Set<String> nationalities,
        int activeFrom, Integer activeTo) {

    /** Alive and working in the year: born before it, not dead before it, in a career that spans it. */
    boolean workingIn(int year) {
        return born < year && (died == null || died >= year) && activeFrom <= year
                && (activeTo == null || activeTo >= year);
    }
}
