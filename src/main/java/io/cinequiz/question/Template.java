package io.cinequiz.question;

import io.cinequiz.catalog.Predicate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a predicate is asked and stated in English. Placeholders: {film} (the title, or "the film" when the caller asked
 * for one film only), {year} (the film's year), {subject} and {answer}.
 *
 * @param question  the multiple-choice question
 * @param statement the sentence a true/false question asks about, true with the answer, false with a distractor
 */
record Template(String question, String statement) {

    private static final Map<Predicate, Template> BY_PREDICATE = new EnumMap<>(Predicate.class);

    /** The reverse of {@code cast}: {subject} is the actor, {answer} the character. */
    static final Template CAST_REVERSE = new Template("Which character did {subject} play in {film}?",
            "In {film}, {subject} played {answer}.");

    static {
        put(Predicate.DIRECTED_BY, "Which of these people directed {film}?", "{answer} directed {film}.");
        put(Predicate.WRITTEN_BY, "Which of these people wrote {film}?", "{answer} wrote {film}.");
        put(Predicate.COMPOSER, "Who composed the score of {film}?", "{answer} composed the score of {film}.");
        put(Predicate.CINEMATOGRAPHER, "Who was the cinematographer of {film}?", "{answer} was the cinematographer of {film}.");
        put(Predicate.COSTUME_DESIGNER, "Who designed the costumes for {film}?", "{answer} designed the costumes for {film}.");
        put(Predicate.VFX_SUPERVISOR, "Who supervised the visual effects of {film}?",
                "{answer} supervised the visual effects of {film}.");
        put(Predicate.STARS, "Which of these actors appears in {film}?", "{answer} appears in {film}.");
        put(Predicate.CAST, "Who played {subject} in {film}?", "{answer} played {subject} in {film}.");
        put(Predicate.ORIGINAL_TITLE, "What is the original title of {film}?", "The original title of {film} is \"{answer}\".");
        put(Predicate.RELEASE_YEAR, "In which year was {film} released?", "{film} was released in {answer}.");
        put(Predicate.RELEASE_DATE, "When was {film} released in the {subject}?", "{film} was released in the {subject} on {answer}.");
        put(Predicate.FESTIVAL_PREMIERE, "At which film festival did {film} premiere?", "{film} premiered at the {answer} film festival.");
        put(Predicate.OPENED_FESTIVAL, "Which film festival did {film} open in {year}?", "{film} was the opening film of the {year} {answer} film festival.");
        put(Predicate.MPAA_RATING, "What is the MPAA rating of {film}?", "{film} is rated {answer} by the MPAA.");
        put(Predicate.COUNTRY, "Which of these countries co-produced {film}?", "{answer} co-produced {film}.");
        put(Predicate.RUNTIME, "How long is {film}?", "{film} runs {answer}.");
        put(Predicate.BUDGET, "What was the budget of {film}?", "{film} was made on a budget of {answer}.");
        put(Predicate.ASPECT_RATIO, "In which aspect ratio was {film} shot?", "{film} was shot in the aspect ratio {answer}.");
        put(Predicate.PRODUCTION, "{film}, production \u2014 {subject}?", "{film}, production \u2014 {subject}: {answer}.");
        put(Predicate.GROSS, "How much did {film} gross in the {subject}?", "{film} grossed {answer} in the {subject}.");
        put(Predicate.RATING, "What rating did {subject} give {film}?", "{subject} rated {film} {answer}.");
        put(Predicate.RATING_VOTES, "How many votes does the {subject} rating of {film} count?",
                "The {subject} rating of {film} counts {answer} votes.");
        put(Predicate.AWARD_WINS, "How many awards has {film} won?", "{film} has won {answer} awards.");
        put(Predicate.AWARD_NOMINATIONS, "How many award nominations has {film} received?",
                "{film} has received {answer} award nominations.");
        put(Predicate.NOMINATION, "In which {subject} category was {film} nominated?",
                "{film} was nominated at the {subject} for {answer}.");
        put(Predicate.COMPETED_FOR, "Which prize did {film} compete for?", "{film} competed for the {answer}.");
        put(Predicate.COMPETITION_WINNER, "Which film won the {subject} that {film} competed for?",
                "{answer} won the {subject} that {film} competed for.");
        put(Predicate.GENRE, "Which of these genres describes {film}?", "{film} is described as {answer}.");
        put(Predicate.SETTING, "Which of these describes the setting of {film}?", "The setting of {film}: {answer}.");
        put(Predicate.CITY_NAME, "What is the name of the city where {film} takes place?",
                "The city where {film} takes place is {answer}.");
        put(Predicate.VILLAIN_LAIR, "Where does the villain of {film} live?", "In {film}, the villain's lair: {answer}.");
        put(Predicate.DREAM_THIEF, "Who steals children's dreams in {film}?", "In {film}, {answer} steals children's dreams.");
        put(Predicate.RESCUER, "Who sets out to rescue the kidnapped child in {film}?",
                "In {film}, {answer} sets out to rescue the kidnapped child.");
        put(Predicate.RESCUE_TARGET, "Which kidnapped child has to be rescued in {film}?",
                "In {film}, {answer} is the kidnapped child who has to be rescued.");
        put(Predicate.OCCUPATION, "In {film}, what is {subject}'s occupation?", "In {film}, {subject}'s occupation: {answer}.");
        put(Predicate.RELATIONSHIP, "In {film}, how is {subject} described in relation to the hero?",
                "In {film}, {subject} is the hero's {answer}.");
        put(Predicate.DESCRIPTION, "{film}: which phrase describes this \u2014 {subject}?", "{film} \u2014 {subject}: {answer}.");
        put(Predicate.TAGLINE, "Which of these is a tagline of {film}?", "\"{answer}\" is a tagline of {film}.");
        put(Predicate.SOUNDTRACK_SONG, "Which song is on the soundtrack of {film}?", "\"{answer}\" is on the soundtrack of {film}.");
        put(Predicate.SONG_PERFORMER, "Who performs \"{subject}\" on the soundtrack of {film}?",
                "{answer} performs \"{subject}\" on the soundtrack of {film}.");
        put(Predicate.TRIVIA, "{film} trivia \u2014 {subject}?", "{film} trivia \u2014 {subject}: {answer}.");
    }

    private static void put(Predicate predicate, String question, String statement) {
        BY_PREDICATE.put(predicate, new Template(question, statement));
    }

    static Optional<Template> of(Predicate predicate) {
        return Optional.ofNullable(BY_PREDICATE.get(predicate));
    }

    String ask(String film, int year, String subject) {
        return fill(question, film, year, subject, null);
    }

    String state(String film, int year, String subject, String answer) {
        return fill(statement, film, year, subject, answer);
    }

    private static String fill(String pattern, String film, int year, String subject, String answer) {
        String s = pattern.replace("{film}", film).replace("{year}", String.valueOf(year))
                .replace("{subject}", subject == null ? "" : subject).replace("{answer}", answer == null ? "" : answer);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
