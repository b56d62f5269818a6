package io.cinequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.CatalogFixtures;
import io.cinequiz.catalog.Fact;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.SourceKind;
import io.cinequiz.catalog.Value;
import io.cinequiz.catalog.ValueMatcher;
import io.cinequiz.catalog.ValueParser;
import io.cinequiz.catalog.ValueType;
import io.cinequiz.catalog.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator on small catalogues built in code, one behaviour each. */
class QuestionGeneratorTest {

    private static final double NAME_SIMILARITY = 0.92;
    private static final List<String> HONEST = List.of("honest-1.txt", "honest-2.txt", "honest-3.txt", "honest-4.txt");
    private static final String FABRICATED = "summary-e.txt";
    private static final DistractorData DATA = DistractorData.bundled();

    private static QuestionSet generate(FilmVerification film) {
        return new QuestionGenerator(DATA, NAME_SIMILARITY).generate(List.of(film));
    }

    private static QuestionSet.FilmStats stats(QuestionSet set, FilmVerification film) {
        return set.stats().get(film.film().id());
    }

    private static Fact fact(FilmVerification v, Predicate predicate, String raw) {
        List<Fact> found = v.facts().stream().filter(f -> f.predicate() == predicate && f.value().raw().equals(raw)).toList();
        assertEquals(1, found.size(), predicate.key() + " = " + raw + " in " + v.facts());
        return found.get(0);
    }

    private static List<Question> questionsOn(QuestionSet set, Fact fact) {
        return set.questions().stream().filter(q -> q.factId().equals(fact.id())).toList();
    }

    private static Question multipleChoice(QuestionSet set, Fact fact, String stemStart) {
        List<Question> found = questionsOn(set, fact).stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE && q.stem().startsWith(stemStart)).toList();
        assertEquals(1, found.size(), "multiple-choice questions on " + fact.id() + " starting '" + stemStart + "': " + found);
        return found.get(0);
    }

    private static Question trueFalse(QuestionSet set, Fact fact) {
        List<Question> found = questionsOn(set, fact).stream().filter(q -> q.type() == QuestionType.BOOLEAN).toList();
        assertEquals(1, found.size(), "true/false questions on " + fact.id());
        return found.get(0);
    }

    private static List<String> wrongOptions(Question q) {
        List<String> wrong = new ArrayList<>(q.options());
        wrong.remove(q.correctIndex());
        return wrong;
    }

    private static QuestionSet.SkippedFact skipped(QuestionSet set, FilmVerification film, Fact fact) {
        List<QuestionSet.SkippedFact> found = stats(set, film).skipped().stream()
                .filter(s -> s.factId().equals(fact.id())).toList();
        assertEquals(1, found.size(), "skipped entries for " + fact.id() + ": " + stats(set, film).skipped());
        return found.get(0);
    }

    /** Four documents agreeing, each in its own sentence, on a composer, an MPAA rating, a runtime and more. */
    private static CatalogFixtures.Seed honestFour(String filmId) {
        CatalogFixtures.Seed film = CatalogFixtures.film(filmId);
        for (int i = 0; i < HONEST.size(); i++) {
            String s = HONEST.get(i);
            film.source(s, i % 2 == 0 ? SourceKind.REVIEW : SourceKind.DATABASE)
                    .says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.MPAA_RATING, "R", "It is rated R.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                    .says(s, Predicate.OCCUPATION, "One", "strongman", "One is a fairground strongman.")
                    .says(s, Predicate.VILLAIN_LAIR, "oil rig", "Krank lives on an oil rig.")
                    .says(s, Predicate.CINEMATOGRAPHER, "Darius Khondji", "Darius Khondji shot the film.");
        }
        return film;
    }

    /** A summary contradicting the honest four on four facts and inventing three of its own. */
    private static CatalogFixtures.Seed withFabrication(CatalogFixtures.Seed film) {
        String s = FABRICATED;
        return film.source(s, SourceKind.SUMMARY)
                .says(s, Predicate.COMPOSER, "Howard Shore", "The score is by Howard Shore.")
                .says(s, Predicate.MPAA_RATING, "PG-13", "It is rated PG-13.")
                .says(s, Predicate.RUNTIME, "84 minutes", "It runs 84 minutes.")
                .says(s, Predicate.OCCUPATION, "One", "tailor", "One is a humble tailor.")
                .says(s, Predicate.CITY_NAME, "Fantasmagorium", "The city is called Fantasmagorium.")
                .says(s, Predicate.RELATIONSHIP, "One-Eye", "father", "One-Eye is the father of Miette.")
                .says(s, Predicate.TRIVIA, "One-Eye's eyes", "gemstone implants", "One-Eye has gemstone implants.");
    }

    // ---- only SUPPORTED facts ----

    @Test
    void refutedAndUnsupportedFactsGiveNoQuestion() {
        FilmVerification film = withFabrication(honestFour("fabrication")).verify();
        QuestionSet set = generate(film);

        List<Fact> refuted = film.facts(Verdict.REFUTED);
        List<Fact> unsupported = film.facts(Verdict.NOT_ENOUGH_INFO);
        assertEquals(4, refuted.size(), film.facts().toString());
        assertEquals(3, unsupported.size(), film.facts().toString());
        for (Fact f : film.facts()) {
            if (f.verdict() != Verdict.SUPPORTED) {
                assertEquals(List.of(), questionsOn(set, f), f.verdict() + " fact " + f);
            }
        }
        assertTrue(set.questions().stream().noneMatch(q -> q.stem().contains("Fantasmagorium")
                || q.options().contains("Fantasmagorium")), "an unsupported value leaks into a question");
        assertEquals(Map.of("REFUTED", 4L, "NOT_ENOUGH_INFO", 3L), stats(set, film).factsNotSupported());
        assertFalse(set.questions().isEmpty(), "the supported facts still give questions");
    }

    @Test
    void aCharacterIsNeverOfferedUnderTwoNames() {
        CatalogFixtures.Seed seed = CatalogFixtures.film("two-names");
        for (String s : List.of("a.txt", "b.txt")) {
            seed.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.DREAM_THIEF, null, ValueType.CHARACTER, "Krank", "Krank steals dreams.")
                    .says(s, Predicate.RESCUER, null, ValueType.CHARACTER, "One", "One rescues the boy.")
                    .says(s, Predicate.TRIVIA, "Who sends Miette a dream message", ValueType.CHARACTER, "Uncle Irvin",
                            "Uncle Irvin sends Miette a dream message.")
                    .says(s, Predicate.OCCUPATION, "Irvin", "brain", "Irvin is a brain in a tank.")
                    .says(s, Predicate.OCCUPATION, "Miette", "thief", "Miette is a thief.")
                    .says(s, Predicate.OCCUPATION, "the Octopus", "gang leaders", "The Octopus are gang leaders.");
        }
        QuestionSet set = generate(seed.verify());

        Question message = set.questions().stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE && q.stem().contains("dream message")).findFirst().orElseThrow();
        assertEquals("Uncle Irvin", message.correctAnswer());
        assertFalse(message.options().contains("Irvin"), message.options().toString());
    }

    @Test
    void disputedFactGivesNoQuestion() {
        FilmVerification film = CatalogFixtures.film("dispute")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.REVIEW)
                .says("a.txt", Predicate.GROSS, "USA", "$1.7 million", "It grossed modestly in the U.S. ($1.7 million).")
                .says("b.txt", Predicate.GROSS, "USA", "$1,513,028", "$1,513,028 (USA)")
                .says("a.txt", Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                .says("b.txt", Predicate.RUNTIME, "112 minutes", "Runtime: 112 minutes.")
                .verify();
        QuestionSet set = generate(film);

        List<Fact> disputed = film.facts(Verdict.DISPUTED);
        assertEquals(2, disputed.size(), film.facts().toString());
        disputed.forEach(f -> assertEquals(List.of(), questionsOn(set, f), f.toString()));
        assertTrue(set.questions().stream().allMatch(q -> q.factId().equals(fact(film, Predicate.RUNTIME, "112 minutes").id())));
        assertEquals(2, set.questions().size(), "one multiple-choice and one true/false question on the runtime");
        assertEquals(Map.of("DISPUTED", 2L), stats(set, film).factsNotSupported());
    }

    @Test
    void rejectedClaimGivesNoQuestion() {
        FilmVerification film = CatalogFixtures.film("rejected")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.DATABASE)
                .says("a.txt", Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                .says("b.txt", Predicate.RUNTIME, "112 minutes", "Runtime: 112 minutes.")
                .saysWithoutWriting("a.txt", Predicate.VILLAIN_LAIR, null, "lighthouse", "Krank lives in a lighthouse.")
                .saysWithoutWriting("b.txt", Predicate.VILLAIN_LAIR, null, "lighthouse", "Krank's lair: a lighthouse.")
                .verify();
        QuestionSet set = generate(film);

        assertEquals(2, film.facts(Verdict.REJECTED).size(), film.facts().toString());
        assertTrue(set.questions().stream().noneMatch(q -> q.stem().contains("villain")), set.questions().toString());
        assertEquals(Map.of("REJECTED", 2L), stats(set, film).factsNotSupported());
    }

    // ---- wrong options never assert what a source asserts ----

    @Test
    void refutedValueIsNeverOfferedAsAWrongOption() {
        // The pool of MPAA ratings is G, PG, PG-13 and NC-17; the summary asserts PG-13, so three remain.
        FilmVerification film = withFabrication(honestFour("refuted-option")).verify();
        QuestionSet set = generate(film);

        assertEquals(Verdict.REFUTED, fact(film, Predicate.MPAA_RATING, "PG-13").verdict());
        Question mpaa = multipleChoice(set, fact(film, Predicate.MPAA_RATING, "R"), "What is the MPAA rating");
        assertEquals(Set.of("R", "G", "PG", "NC-17"), Set.copyOf(mpaa.options()));
        assertEquals("R", mpaa.correctAnswer());

        Question runtime = multipleChoice(set, fact(film, Predicate.RUNTIME, "112 minutes"), "How long is");
        Value.Quantity refuted = (Value.Quantity) ValueParser.parse(ValueType.DURATION, "84 minutes");
        for (String wrong : wrongOptions(runtime)) {
            assertFalse(((Value.Quantity) ValueParser.parse(ValueType.DURATION, wrong)).overlaps(refuted), runtime.options().toString());
        }
        Question occupation = multipleChoice(set, fact(film, Predicate.OCCUPATION, "strongman"), "In Synthetic");
        assertFalse(occupation.options().contains("tailor"), occupation.options().toString());
        Question composer = multipleChoice(set, fact(film, Predicate.COMPOSER, "Angelo Badalamenti"), "Who composed");
        assertFalse(composer.options().contains("Howard Shore"), composer.options().toString());
    }

    @Test
    void twoAssertedValuesLeaveTooFewRatingsAndTheStatsSayHowMany() {
        FilmVerification film = withFabrication(honestFour("two-asserted"))
                .source("summary-f.txt", SourceKind.SUMMARY)
                .says("summary-f.txt", Predicate.MPAA_RATING, "NC-17", "It is rated NC-17.")
                .verify();
        QuestionSet set = generate(film);

        Fact r = fact(film, Predicate.MPAA_RATING, "R");
        assertEquals(Verdict.SUPPORTED, r.verdict());
        assertEquals(List.of(), questionsOn(set, r));
        QuestionSet.SkippedFact skip = skipped(set, film, r);
        assertEquals("mpaa_rating", skip.predicate());
        assertEquals("R", skip.value());
        assertEquals("only 2 fair wrong option(s) exist for this answer, 3 are needed", skip.reason());
    }

    // ---- people ----

    @Test
    void wrongPeopleComeFromTheRoleAndExcludeEveryoneTheFilmNames() {
        List<String> composers = DATA.people("composer");
        Set<String> free = Set.of("Vangelis", "Nino Rota", "Philip Glass", "Ennio Morricone");
        assertTrue(composers.containsAll(free));
        CatalogFixtures.Seed seed = CatalogFixtures.film("people")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.DATABASE).source("c.txt", SourceKind.REVIEW)
                .source("d.txt", SourceKind.BLOG);
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.");
        }
        // Every other composer of the people file is named by a source, whatever for (Hans Zimmer misspelt).
        int n = 0;
        for (String name : composers) {
            if (free.contains(name)) {
                continue;
            }
            String written = name.equals("Hans Zimmer") ? "Hans Zimmmer" : name;
            seed.says("d.txt", Predicate.TRIVIA, "Guest number " + (++n), ValueType.PERSON, written,
                    written + " came to the premiere.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Fact composer = fact(film, Predicate.COMPOSER, "Angelo Badalamenti");
        Question mc = multipleChoice(set, composer, "Who composed");
        assertEquals("Angelo Badalamenti", mc.correctAnswer());
        assertEquals(3, wrongOptions(mc).size());
        assertTrue(free.containsAll(wrongOptions(mc)), "wrong options " + wrongOptions(mc) + " must come from " + free);

        Question tf = trueFalse(set, composer);
        if (tf.correctIndex() == 1) {
            assertTrue(free.stream().anyMatch(p -> tf.stem().startsWith("True or false: " + p + " composed")), tf.stem());
        }
    }

    @Test
    void wrongPeopleForEachRoleComeFromThatRole() {
        CatalogFixtures.Seed seed = CatalogFixtures.film("roles");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.DIRECTED_BY, "Marc Caro", "Directed by Marc Caro.")
                    .says(s, Predicate.CINEMATOGRAPHER, "Darius Khondji", "Darius Khondji shot the film.")
                    .says(s, Predicate.COSTUME_DESIGNER, "Jean-Paul Gaultier", "Costumes by Jean-Paul Gaultier.")
                    .says(s, Predicate.VFX_SUPERVISOR, "Pitof", "Visual effects supervised by Pitof.")
                    .says(s, Predicate.WRITTEN_BY, "Gilles Adrien", "Written by Gilles Adrien.")
                    .says(s, Predicate.STARS, "Ron Perlman", "Starring Ron Perlman.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Map<String, String> roleByAnswer = Map.of("Marc Caro", "director", "Darius Khondji", "cinematographer",
                "Jean-Paul Gaultier", "costume_designer", "Pitof", "vfx_supervisor", "Gilles Adrien", "writer",
                "Ron Perlman", "actor");
        List<Question> mcs = set.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).toList();
        assertEquals(roleByAnswer.keySet(), mcs.stream().map(Question::correctAnswer).collect(Collectors.toSet()));
        for (Question q : mcs) {
            String role = roleByAnswer.get(q.correctAnswer());
            assertTrue(DATA.people(role).containsAll(wrongOptions(q)), q.stem() + " " + q.options() + " not all " + role);
        }
    }

    // ---- no four fair options: no question, and the reason ----

    @Test
    void songPerformerHasNoPoolSoItIsSkippedWithTheReason() {
        CatalogFixtures.Seed seed = CatalogFixtures.film("song");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW).says(s, Predicate.SONG_PERFORMER, "Who Will Take Your Dreams Away",
                    "Marianne Faithfull", "Marianne Faithfull sings Who Will Take Your Dreams Away.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Fact song = fact(film, Predicate.SONG_PERFORMER, "Marianne Faithfull");
        assertEquals(Verdict.SUPPORTED, song.verdict());
        assertEquals(List.of(), set.questions());
        QuestionSet.SkippedFact skip = skipped(set, film, song);
        assertEquals(new QuestionSet.SkippedFact(song.id(), "song_performer", "Who Will Take Your Dreams Away",
                "Marianne Faithfull", "no fair wrong options exist for this answer"), skip);
        assertEquals(0, stats(set, film).factsUsed());
        assertEquals(0, stats(set, film).questions());
    }

    @Test
    void textWithAnEmptyPoolIsSkippedWithTheReason() {
        // production has no curated pool, and no other film gives values.
        CatalogFixtures.Seed seed = CatalogFixtures.film("empty-pool");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW).says(s, Predicate.PRODUCTION, "What Caro handled as co-director",
                    "art direction", "Caro handled the art direction.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Fact f = fact(film, Predicate.PRODUCTION, "art direction");
        assertEquals(List.of(), set.questions());
        assertEquals("no fair wrong options exist for this answer", skipped(set, film, f).reason());
    }

    @Test
    void anotherFilmsValueFillsAnOtherwiseEmptyPool() {
        // The same production topic, answered differently by three other films, makes three fair options.
        List<FilmVerification> films = new ArrayList<>();
        List<String> answers = List.of("art direction", "the actors", "the storyboards", "the lighting");
        for (int i = 0; i < answers.size(); i++) {
            CatalogFixtures.Seed seed = CatalogFixtures.film("film-" + i);
            for (String s : List.of("a.txt", "b.txt", "c.txt")) {
                seed.source(s, SourceKind.REVIEW).says(s, Predicate.PRODUCTION, "What the co-director handled",
                        answers.get(i), "The co-director handled " + answers.get(i) + ".");
            }
            films.add(seed.verify());
        }
        QuestionSet set = new QuestionGenerator(DATA, NAME_SIMILARITY).generate(films);

        Question first = set.questions().stream().filter(q -> q.filmId().equals("film-0") && q.type() == QuestionType.MULTIPLE)
                .findFirst().orElseThrow();
        assertEquals(Set.copyOf(answers), Set.copyOf(first.options()));
        assertEquals("art direction", first.correctAnswer());
    }

    @Test
    void ratingWithTooLittleRoomIsSkippedWithHowManyOptionsExist() {
        CatalogFixtures.Seed seed = CatalogFixtures.film("rating");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW).says(s, Predicate.RATING, "reviewer", "9/10", "Our reviewer gives it 9/10.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Fact f = fact(film, Predicate.RATING, "9/10");
        assertEquals(List.of(), set.questions());
        assertEquals("only 2 fair wrong option(s) exist for this answer, 3 are needed", skipped(set, film, f).reason());
    }

    @Test
    void longTopicalPhraseIsSkippedWithTheReason() {
        CatalogFixtures.Seed seed = CatalogFixtures.film("long-phrase");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW).says(s, Predicate.TRIVIA, "Reason for the R rating",
                    "disturbing and grotesque images", "Rated R for disturbing and grotesque images.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Fact f = fact(film, Predicate.TRIVIA, "disturbing and grotesque images");
        assertEquals(List.of(), set.questions());
        assertTrue(skipped(set, film, f).reason().startsWith("the answer is a phrase of more than 3 words"),
                skipped(set, film, f).reason());
    }

    // ---- cast: forward and reverse ----

    private static FilmVerification castWithDominiquePinon(String filmId, boolean withClones) {
        CatalogFixtures.Seed seed = CatalogFixtures.film(filmId);
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.CAST, "One", "Ron Perlman", "One is played by Ron Perlman.")
                    .says(s, Predicate.CAST, "Krank", "Daniel Emilfork", "Krank is played by Daniel Emilfork.")
                    .says(s, Predicate.CAST, "Miette", "Judith Vittet", "Miette is played by Judith Vittet.")
                    .says(s, Predicate.CAST, "the Diver", "Dominique Pinon", "The Diver is played by Dominique Pinon.");
            if (withClones) {
                seed.says(s, Predicate.CAST, "the clones", "Dominique Pinon", "Dominique Pinon also plays the clones.");
            }
        }
        return seed.verify();
    }

    @Test
    void castGivesAReverseQuestionWhoseOptionsExcludeTheActorsOtherCharacters() {
        FilmVerification film = castWithDominiquePinon("reverse", true);
        QuestionSet set = generate(film);

        Fact diver = film.facts().stream().filter(f -> f.predicate() == Predicate.CAST && "the Diver".equals(f.subject()))
                .findFirst().orElseThrow();
        Question reverse = multipleChoice(set, diver, "Which character did");
        assertEquals("Which character did Dominique Pinon play in Synthetic reverse?", reverse.stem());
        assertEquals("Which character did Dominique Pinon play in the film?", reverse.shortStem());
        assertEquals("the Diver", reverse.correctAnswer());
        assertEquals(Set.of("the Diver", "One", "Krank", "Miette"), Set.copyOf(reverse.options()),
                "the clones, also played by Dominique Pinon, must not be offered");

        Fact clones = film.facts().stream().filter(f -> f.predicate() == Predicate.CAST && "the clones".equals(f.subject()))
                .findFirst().orElseThrow();
        Question reverseClones = multipleChoice(set, clones, "Which character did");
        assertEquals(Set.of("the clones", "One", "Krank", "Miette"), Set.copyOf(reverseClones.options()));
        assertNotEquals(reverse.id(), reverseClones.id());

        Question forward = multipleChoice(set, diver, "Who played the Diver");
        assertEquals("Dominique Pinon", forward.correctAnswer());
        assertTrue(DATA.people("actor").containsAll(wrongOptions(forward)), forward.options().toString());
        assertEquals(3, questionsOn(set, diver).size(), "forward, true/false and reverse");
    }

    @Test
    void reverseQuestionIsSkippedWhenTooFewOtherCharactersExist() {
        // With four characters, each actor's reverse question has exactly three others: all four are asked.
        QuestionSet four = generate(castWithDominiquePinon("four-characters", false));
        assertEquals(4, four.questions().stream().filter(q -> q.stem().startsWith("Which character did")).count());

        CatalogFixtures.Seed small = CatalogFixtures.film("three-characters");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            small.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.CAST, "One", "Ron Perlman", "One is played by Ron Perlman.")
                    .says(s, Predicate.CAST, "Krank", "Daniel Emilfork", "Krank is played by Daniel Emilfork.")
                    .says(s, Predicate.CAST, "Miette", "Judith Vittet", "Miette is played by Judith Vittet.");
        }
        FilmVerification three = small.verify();
        QuestionSet smallSet = generate(three);
        Fact one = fact(three, Predicate.CAST, "Ron Perlman");
        assertEquals(2, questionsOn(smallSet, one).size(), "forward and true/false only");
        assertTrue(questionsOn(smallSet, one).stream().noneMatch(q -> q.stem().startsWith("Which character did")));
        QuestionSet.SkippedFact skip = skipped(smallSet, three, one);
        assertEquals("the reverse question (which character did Ron Perlman play) lacks other characters not played by"
                + " the same actor", skip.reason());
        assertEquals(3, stats(smallSet, three).factsUsed(), "a fact that gave its forward questions is used");
    }

    // ---- shape, difficulty, stats ----

    @Test
    void eachFactGivesOneMultipleChoiceAndOneTrueFalseQuestion() {
        FilmVerification film = honestFour("shape").verify();
        QuestionSet set = generate(film);

        for (Fact f : film.facts(Verdict.SUPPORTED)) {
            List<Question> made = questionsOn(set, f);
            if (made.isEmpty()) {
                skipped(set, film, f);
                continue;
            }
            assertEquals(Set.of(QuestionType.MULTIPLE, QuestionType.BOOLEAN),
                    made.stream().map(Question::type).collect(Collectors.toSet()), f.toString());
            for (Question q : made) {
                assertEquals(film.film().id(), q.filmId());
                assertFalse(q.citations().isEmpty());
                assertEquals(4, q.citations().size(), "each of the four documents is cited: " + q.citations());
                assertTrue(q.explanation().contains("4 independent sources"), q.explanation());
            }
        }
    }

    @Test
    void difficultyFollowsWitnessesAndNumbersAreOneStepHarder() {
        CatalogFixtures.Seed seed = CatalogFixtures.film("difficulty")
                .source("a.txt", SourceKind.REVIEW).source("b.txt", SourceKind.DATABASE).source("c.txt", SourceKind.REVIEW);
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.");
        }
        for (String s : List.of("a.txt", "b.txt")) {
            seed.says(s, Predicate.VILLAIN_LAIR, "oil rig", "Krank lives on an oil rig.")
                    .says(s, Predicate.RELEASE_YEAR, "1995", "It came out in 1995.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Map<String, Difficulty> mc = set.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE)
                .collect(Collectors.toMap(Question::correctAnswer, Question::difficulty));
        Map<String, String> answerOfFact = film.facts().stream().collect(Collectors.toMap(Fact::id, f -> f.value().raw()));
        Map<String, Difficulty> tf = set.questions().stream().filter(q -> q.type() == QuestionType.BOOLEAN)
                .collect(Collectors.toMap(q -> answerOfFact.get(q.factId()), Question::difficulty));
        assertEquals(Map.of("Angelo Badalamenti", Difficulty.EASY, "112 minutes", Difficulty.MEDIUM,
                "oil rig", Difficulty.MEDIUM, "1995", Difficulty.HARD), mc);
        assertEquals(Map.of("Angelo Badalamenti", Difficulty.EASY, "112 minutes", Difficulty.EASY,
                "oil rig", Difficulty.MEDIUM, "1995", Difficulty.MEDIUM), tf);
    }

    @Test
    void statsCountQuestionsByCategoryDifficultyAndType() {
        FilmVerification film = withFabrication(honestFour("stats")).verify();
        QuestionSet set = generate(film);
        QuestionSet.FilmStats stats = stats(set, film);

        assertEquals(set.questions().size(), stats.questions());
        assertEquals(stats.questions(), stats.byCategory().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(stats.questions(), stats.byDifficulty().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(stats.questions(), stats.byType().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(set.questions().stream().map(Question::factId).distinct().count(), stats.factsUsed());
        assertEquals(Set.of("boolean", "multiple"), stats.byType().keySet());
    }

    @Test
    void questionIdsDependOnContentNotOnTheGeneratorInstance() {
        FilmVerification film = honestFour("ids").verify();
        List<Question> first = generate(film).questions();
        List<Question> second = generate(honestFour("ids").verify()).questions();
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().map(Question::id).distinct().count());
    }

    @Test
    void noOptionIsANearDuplicateOfAnotherAfterNormalising() {
        // "Denrée" and "Denree" are one character: only one of them may stand among the options.
        CatalogFixtures.Seed seed = CatalogFixtures.film("near-duplicates");
        for (String s : List.of("a.txt", "b.txt", "c.txt")) {
            seed.source(s, SourceKind.REVIEW)
                    .says(s, Predicate.DREAM_THIEF, "Krank", "Krank steals the dreams of children.")
                    .says(s, Predicate.OCCUPATION, "Miette", "thief", "Miette is a thief.")
                    .says(s, Predicate.OCCUPATION, "One", "strongman", "One is a strongman.")
                    .says(s, Predicate.OCCUPATION, "the Diver", "diver", "The Diver is a diver.");
        }
        seed.says("a.txt", Predicate.RESCUE_TARGET, "Denrée", "One sets out to rescue Denrée.")
                .says("b.txt", Predicate.RESCUE_TARGET, "Denree", "One sets out to rescue Denree.");
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        Question thief = multipleChoice(set, fact(film, Predicate.DREAM_THIEF, "Krank"), "Who steals");
        assertEquals(4, thief.options().size());
        assertEquals(4, thief.options().stream().map(ValueMatcher::normalized).distinct().count(), thief.options().toString());
        for (Question q : set.questions()) {
            assertEquals(q.options().size(), q.options().stream().map(ValueMatcher::normalized).distinct().count(),
                    q.options().toString());
        }
    }
}
