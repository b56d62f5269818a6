package io.cinequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.SeedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The question data: the shipped files, a film's questions.yaml and its errors, and the text checks of the gate. */
class QuestionDataTest {

    private static final QuestionData DATA = QuestionData.bundled();

    @TempDir
    Path folder;

    private FilmQuestionData load(String yaml) throws IOException {
        Files.writeString(folder.resolve(FilmQuestionData.FILE), yaml);
        return FilmQuestionData.load(folder, DATA);
    }

    // ---- shipped data ----

    @Test
    void everyShippedPredicatePhrasingIsCompleteOrSaysWhyItIsNotAsked() {
        DATA.predicates().forEach((predicate, p) -> {
            if (p.isWorthy()) {
                assertEquals(null, p.missing(), predicate.key());
                assertTrue(FilmQuestionData.knownKind(p.kind(), DATA, Map.of()), predicate.key() + " kind " + p.kind());
            } else {
                assertFalse(p.reason().isBlank(), predicate.key());
            }
        });
        Set<Predicate> filmByFilm = Set.of(Predicate.PLOT, Predicate.TRIVIA, Predicate.PRODUCTION, Predicate.DESCRIPTION,
                Predicate.RELATIONSHIP);
        filmByFilm.forEach(p -> assertFalse(DATA.predicates().containsKey(p), p.key() + " is phrased film by film"));
    }

    @Test
    void noTextIsInTwoShippedPools() {
        Set<String> seen = new HashSet<>();
        DATA.pools().forEach((kind, values) -> values.entries().forEach(v ->
                assertTrue(seen.add(v.toLowerCase(Locale.ROOT)), "'" + v + "' is in two pools, the second " + kind)));
    }

    @Test
    void everyShippedClutterRuleHasAReasonAndMatchesWhatItNames() {
        assertFalse(DATA.clutter().isEmpty());
        DATA.clutter().forEach(c -> assertFalse(c.reason().isBlank(), c.pattern().pattern()));
        for (String subject : List.of("Price on Amazon Video", "IMDb popularity rank", "Number of IMDb user reviews",
                "Blu-ray edition name", "Reason for the R rating", "Variety critic", "What the city resembles",
                "Work that references the film")) {
            assertTrue(DATA.clutter(subject) != null, subject + " is not caught by any clutter rule");
        }
        for (String subject : List.of("Where Krank lives", "Name of the brain in the tank", "Krank's dream-stealing device",
                "Meaning of Krank's name in German")) {
            assertEquals(null, DATA.clutter(subject), subject + " is no clutter");
        }
    }

    @Test
    void aPoolIsAListOrAMapOfFamiliesAndAnItemMayNameOneOfItsFamilies() throws IOException {
        FilmQuestionData d = load("""
                pools:
                  lair: [a lighthouse, a zeppelin]
                  trade: { sea: [sailor, dock worker], fair: [strongman, juggler] }
                items:
                  - predicate: plot
                    subject: X
                    kind: trade
                    family: sea
                    question: "What is X in {film}?"
                    statement: "X is a {answer} in {film}."
                    negation: "X is not a {answer} in {film}."
                """);
        assertFalse(d.pools().get("lair").hasFamilies());
        assertEquals(List.of("sailor", "dock worker"), d.pools().get("trade").families().get("sea"));
        assertEquals("fair", d.pools().get("trade").familyOf("Juggler"));
        assertEquals("sea", d.item(Predicate.PLOT, "X").family());
    }

    @Test
    void thePeopleTableIsWellFormed() {
        assertTrue(DATA.people().size() >= 140, "people: " + DATA.people().size());
        for (Person p : DATA.people()) {
            assertTrue(p.born() > 1850 && p.born() < 2015, p.toString());
            assertTrue(p.died() == null || p.died() > p.born(), p.toString());
            assertTrue(p.activeFrom() >= p.born() + 5, p.toString());
            assertTrue(p.activeTo() == null || p.activeTo() >= p.activeFrom(), p.toString());
            assertTrue(p.activeTo() == null || p.died() == null || p.activeTo() <= p.died(), p.toString());
            assertFalse(p.roles().isEmpty() || p.nationalities().isEmpty(), p.toString());
            assertTrue(DATA.roles().containsAll(p.roles()), p.toString());
        }
        assertEquals(Set.of("actor", "cinematographer", "composer", "costume_designer", "director", "singer",
                "vfx_supervisor", "writer"), DATA.roles());
    }

    // ---- a film's questions.yaml ----

    @Test
    void aFolderWithoutTheFileHasNoData() {
        assertEquals(FilmQuestionData.EMPTY, FilmQuestionData.load(folder, DATA));
    }

    @Test
    void aWellFormedFileIsRead() throws IOException {
        FilmQuestionData d = load("""
                characters: { One: male, Miette: female }
                notOptions: [Rufus]
                pools: { lair: [a lighthouse, a zeppelin] }
                items:
                  - predicate: plot
                    subject: Where Krank lives
                    kind: lair
                    question: "Where does Krank live in {film}?"
                    statement: "In {film}, Krank lives on {answer}."
                    negation: "In {film}, Krank does not live on {answer}."
                  - predicate: trivia
                    subject: Price
                    worthy: false
                    reason: page clutter
                """);
        assertEquals(Sex.FEMALE, FilmQuestionData.sexOf(d.characters(), "miette"));
        assertEquals(List.of("Rufus"), d.notOptions());
        assertEquals("lair", d.item(Predicate.PLOT, "where krank lives").kind());
        assertFalse(d.item(Predicate.TRIVIA, "Price").isWorthy());
        assertEquals(null, d.item(Predicate.TRIVIA, "Something else"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "items: [{ predicate: plot, subject: X, kind: lair2, question: 'Q {film}?', statement: 'S {answer} {film}.', negation: 'N {answer} {film}.' }]|item 1 (plot, X): unknown kind 'lair2'",
        "items: [{ predicate: plot, subject: X, kind: character, statement: 'S {answer} {film}.' }]|item 1 (plot, X): an item worth asking needs negation",
        "items: [{ predicate: nope, subject: X }]|item 1: unknown predicate 'nope'",
        "items: [{ predicate: trivia, subject: X, worthy: false }]|item 1 (trivia, X): an item that is not worth asking needs a 'reason'",
        "items: [{ predicate: plot, subject: X, kind: character, colour: red }]|item 1: unknown field 'colour'",
        "items: [{ predicate: plot, subject: X, kind: character, question: 'Who is {answer} in {film}?', statement: 'S {answer} {film}.', negation: 'N {answer} {film}.' }]|item 1 (plot, X): a question must not contain {answer}",
        "items: [{ predicate: plot, subject: X, kind: character, statement: 'S {film}.', negation: 'N {answer} {film}.' }]|item 1 (plot, X): the statement must contain {answer}",
        "items: [{ predicate: plot, subject: X, kind: character, question: 'Who?', statement: 'S {answer} {film}.', negation: 'N {answer} {film}.' }]|item 1 (plot, X): a question must name the film with {film}",
        "items: [{ predicate: plot, subject: X, kind: character, statement: 'S {answer} {film}.', negation: 'N {answer}.' }]|item 1 (plot, X): a statement and its negation must name the film",
        "characters: { One: robot }|characters.One: sex must be female or male",
        "pools: { lair: [a, a] }|pools: the pool 'lair' lists a value twice",
        "pools: { trade: { sea: [a], fair: [A] } }|pools: the pool 'trade' lists a value twice",
        "items: [{ predicate: occupation, subject: X, family: circus }]|item 1 (occupation, X): the pool of kind 'occupation' has no family 'circus'",
        "colour: red|unknown field 'colour'",
        "items: [{ predicate: plot, subject: X, learned: backstage }]|item 1 (plot, X): 'learned' must be one of [credits, dialogue, headline, reputation, screen, trivia], not 'backstage'",
    })
    void aMalformedFileStopsWithAMessageNamingTheFileTheEntryAndTheProblem(String yaml, String message) {
        SeedException e = assertThrows(SeedException.class, () -> load(yaml));
        assertTrue(e.getMessage().startsWith(folder.resolve(FilmQuestionData.FILE).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    // ---- the gate's text checks ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who designed the costumes for The City of Lost Children?|true",
        "Before he became a carnival strongman, what did One do for a living in the film?|true",
        "The City of Lost Children trivia — Where the brain is kept?|false",
        "The City of Lost Children: which phrase describes this — Krank's lair?|false",
        "Who designed the costumes.|false",
        "krank's lair?|false",
    })
    void aStemIsAQuestionOnlyWhenItReadsAsOne(String stem, boolean question) {
        assertEquals(question, QualityGate.isQuestion(stem), stem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ron Perlman, who spoke no French, learned his lines for the film phonetically.|true",
        "The City of Lost Children was shot in the aspect ratio 1.85 : 1.|true",
        "\"Who Will Take Your Dreams Away\" is on the soundtrack of the film.|true",
        "The City of Lost Children — What the trained flea injects: black and white.|false",
        "The setting of The City of Lost Children: Amazon rainforest.|false",
        "Marlon Brando, Bruce Willis.|false",
        "Does Krank steal dreams?|false",
    })
    void aStatementIsASentenceOnlyWhenItReadsAsOne(String statement, boolean sentence) {
        assertEquals(sentence, QualityGate.isSentence(statement), statement);
    }

    @Test
    void theGateCountsClutterImplausibleOptionsRepeatedAnswersAndOversizedGroups() {
        Pool trades = new Pool(Map.of("sea", List.of("sailor", "dock worker", "ferryman"),
                "fair", List.of("strongman", "juggler", "acrobat")));
        QualityGate.Kinds kinds = new QualityGate.Kinds() {
            @Override
            public boolean belongs(String kind, String option) {
                return true;
            }

            @Override
            public Pool families(String kind) {
                return kind.equals("trade") ? trades : null;
            }
        };
        List<Question> questions = List.of(
                question("q-1", "What did One do before in F?", "sailor", "sea", List.of("dock worker", "juggler"), "g1"),
                question("q-2", "What is the IMDb user rating of F?", "7.7/10", null, List.of(), "g2"),
                question("q-3", "Who plays the clones in F?", "Dominique Pinon", null, List.of(), "g3"),
                question("q-4", "Who plays the Diver in F?", "Dominique Pinon", null, List.of(), "g3"),
                question("q-5", "Who plays the Cyclops leader in F?", "dominique pinon", null, List.of(), "g3"),
                question("q-6", "Who plays the strongman in F?", "Ron Perlman", null, List.of(), "g3"));
        QualityGate.Report r = QualityGate.check(questions, kinds);

        assertEquals(1, r.implausibleOptions().size(), r.implausibleOptions().toString());
        assertTrue(r.implausibleOptions().get(0).contains("'juggler' is of the family fair"), r.implausibleOptions().toString());
        assertEquals(List.of("q-2"), r.clutter().stream().map(c -> c.substring(0, c.indexOf(':'))).toList());
        assertEquals(Map.of("dominique pinon", 3L), r.answersRepeated());
        assertEquals(Map.of("g3", 4L), r.groupsTooLarge());
        assertFalse(r.passes());
    }

    @Test
    void anAnswerThatAQuestionOfAnotherGroupShowsIsGivenAwayUnlessTheyShareAGroup() {
        QualityGate.Kinds kinds = (kind, option) -> true;
        Question one = question("q-1", "Who played One in F?", "Ron Perlman", null,
                List.of("Jean Reno", "Daniel Auteuil", "Gérard Depardieu"), "g-one");
        Question french = question("q-2", "Ron Perlman spoke no French when he was cast in F. How did he learn his lines?",
                "phonetically", null, List.of("from cue cards", "with an interpreter", "by taking lessons"), "g-french");
        Question krank = question("q-3", "Who played Krank in F?", "Daniel Emilfork", null,
                List.of("Michel Piccoli", "Michel Galabru", "Armin Mueller-Stahl"), "g-krank");
        Question clones = question("q-4", "Who played the clones in F?", "Dominique Pinon", null,
                List.of("Christopher Lambert", "Fabrice Luchini", "Gérard Jugnot"), "g-clones");
        Question lair = question("q-5", "How does Krank's lair end up in F?", "destroyed", null,
                List.of("towed into the harbour", "turned into an orphanage", "taken over by Dominique Pinon"), "g-lair");

        List<String> found = QualityGate.check(List.of(one, french, krank, clones, lair), kinds).answersGivenAway();

        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("q-1: its answer 'Ron Perlman' is shown by q-2"), found.toString());
        assertTrue(found.get(1).startsWith("q-4: its answer 'Dominique Pinon' is shown by q-5"), found.toString());
        Question frenchWithOne = question("q-2", french.stem(), "phonetically", null, french.wrongValues(), "g-one");
        assertTrue(QualityGate.check(List.of(one, frenchWithOne, krank), kinds).answersGivenAway().isEmpty(),
                "one group is never served together, so neither gives the other away");
    }

    @Test
    void aDistinctiveWordOfAnAnswerShownByAnotherGroupsStemOrWrongOptionsGivesItAway() {
        QualityGate.Kinds kinds = (kind, option) -> true;
        Question lair = question("q-1", "Where is Krank's lair in F?", "an oil rig out at sea", null,
                List.of("a lighthouse on a rocky islet", "a clock tower in the old town", "an abandoned mine"), "g-lair");
        Question fate = question("q-2", "What happens to Krank's rig at the climax of F?", "an explosion", null,
                List.of("a police raid", "a tidal wave", "a lightning strike"), "g-fate");
        Question harvest = question("q-3", "In F, what does Krank's machine extract from the children?", "nightmares",
                null, List.of("happy dreams", "daydreams", "memories"), "g-harvest");
        Question mist = question("q-4", "In F, what form does a nightmare take in the streets?", "a trail of green mist",
                null, List.of("a flock of black crows", "a swarm of moths", "a giant shadow on the walls"), "g-mist");

        List<String> found = QualityGate.check(List.of(lair, fate, harvest, mist), kinds).wordsGivenAway();

        assertEquals(List.of("q-1: 'rig'", "q-3: 'nightmare'"),
                found.stream().map(f -> f.substring(0, f.indexOf("', a word") + 1)).toList(), found.toString());
        assertTrue(found.get(0).endsWith("is shown by q-2 (" + fate.shortStem() + " " + fate.wrongValues() + ")"), found.get(0));
        // "sea" would give the lair away as a wrong option of another group; in the lair's own group it gives nothing.
        Question fateInLairGroup = question("q-2", "What is the fate of Krank's rig at the climax of F?", "an explosion",
                null, List.of("a police raid", "a drift out to sea", "a lightning strike"), "g-lair");
        Question mistPlain = question("q-4", "In F, what swoops through the streets?", "a trail of green mist",
                null, mist.wrongValues(), "g-mist");
        assertTrue(QualityGate.check(List.of(lair, fateInLairGroup, harvest, mistPlain), kinds).wordsGivenAway().isEmpty());
    }

    @Test
    void aDistinctiveWordOfAnAnswerShownByAnotherGroupsRevealGivesItAway() {
        QualityGate.Kinds kinds = (kind, option) -> true;
        Question background = question("q-1", "In F, what is Miette's background?", "an orphan", null,
                List.of("a runaway heiress", "a circus acrobat", "a fisherman's daughter"), "g-background");
        Question cast = question("q-2", "Who played Miette in F?", "Judith Vittet", null,
                List.of("Isild Le Besco", "Vanessa Paradis", "Audrey Tautou"), "g-miette");
        Question leaking = new Question(cast.id(), "f", cast.factId(), cast.category(), cast.difficulty(), cast.type(),
                cast.stem(), cast.shortStem(), cast.options(), cast.correctIndex(),
                "Judith Vittet played Miette in F. Miette is a sharp-witted orphan girl.", List.of(), cast.kind(),
                cast.group(), cast.wrongValues(), cast.signals(), cast.answer(), null);

        List<String> found = QualityGate.check(List.of(background, leaking), kinds).wordsGivenAway();

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("q-1: 'orphan'"), found.toString());
        assertTrue(QualityGate.check(List.of(background, cast), kinds).wordsGivenAway().isEmpty(),
                "a reveal without the word gives nothing away");
    }

    @Test
    void anExplanationThatTalksAboutSourcesFailsTheGateUnlessTheQuestionIsAboutCritics() {
        QualityGate.Kinds kinds = (kind, option) -> true;
        Question city = new Question("q-1", "f", "fact-1", io.cinequiz.catalog.Category.STORY, Difficulty.EASY,
                QuestionType.BOOLEAN, "The city of F is never given a name.", "The city is never given a name.",
                List.of("True", "False"), 0, "The city of F is never given a name. One source calls it the nameless city.",
                List.of(), "text", "g1", List.of(), new DifficultySignals(1, 1, false, false, 0.5, 0.5), "nameless", null);
        Question krank = question("q-2", "What does Krank mean in German?", "sick", null,
                List.of("tired", "old", "cruel"), "g2");
        Question withReader = new Question(krank.id(), "f", krank.factId(), krank.category(), krank.difficulty(),
                krank.type(), krank.stem(), krank.shortStem(), krank.options(), krank.correctIndex(),
                "Krank means sick in German. The reader who points it out doubts it is a coincidence.", List.of(),
                krank.kind(), krank.group(), krank.wrongValues(), krank.signals(), krank.answer(), null);
        Question reception = new Question("q-3", "f", "fact-3", io.cinequiz.catalog.Category.TRIVIA, Difficulty.EASY,
                QuestionType.MULTIPLE, "What did critics single out in F?", "What did critics single out?",
                List.of("its look", "its plot", "its score", "its length"), 0, "Critics singled out its look.",
                List.of(), "text", "g3", List.of("its plot", "its score", "its length"),
                new DifficultySignals(1, 1, false, false, 0.5, 0.5), "its look", null);

        QualityGate.Report r = QualityGate.check(List.of(city, withReader, reception, krank), kinds);

        assertEquals(List.of("q-1", "q-2"), r.sourceTalk().stream().map(f -> f.substring(0, f.indexOf(':'))).toList(),
                r.sourceTalk().toString());
        assertFalse(r.passes());
        assertTrue(QualityGate.check(List.of(reception, krank), kinds).sourceTalk().isEmpty());
    }

    @Test
    void aStemThatShowsAWordOfItsAnswerOrAnAnswerAloneInItsFormGivesItAway() {
        QualityGate.Kinds kinds = (kind, option) -> true;
        Question wordInStem = question("q-1", "In F, what does the dozing watchman hoist out of his dog's reach?",
                "the watchman's sausages", null, List.of("a leg of ham", "a meat pie", "a roast chicken"), "g1");
        Question bareAmongArticles = question("q-2", "How was the trained flea of F brought to the screen?",
                "computer graphics", null, List.of("a clockwork model", "a puppet filmed in close-up",
                        "a real flea filmed through a microscope"), "g2");
        Question adverbAmongPrepositions = question("q-3", "Ron Perlman spoke no French. How did he learn his lines?",
                "phonetically", null, List.of("from cue cards", "with an interpreter", "by taking lessons"), "g3");
        Question oneWordAmongLongPhrases = question("q-4", "How does Krank's lair end up at the end of F?",
                "destroyed", null, List.of("towed into the harbour", "turned into an orphanage", "left adrift in the fog"),
                "g4");
        Question sound = question("q-5", "In F, what does a dozing watchman hoist out of his guard dog's reach?",
                "a few sausages", null, List.of("a leg of ham", "a meat pie", "a roast chicken"), "g5");
        Question sharedWord = question("q-6", "In the dream that opens F, who emerges from the fireplace?",
                "dozens of Santa Clauses", null, List.of("dozens of clowns", "dozens of angels", "dozens of toy soldiers"),
                "g6");
        Question wordAlsoInAWrongOption = question("q-7", "Which Alien film did the actor who played the clones also appear in?",
                "Alien: Resurrection", null, List.of("Aliens", "Alien 3", "Alien"), "g7");

        QualityGate.Report r = QualityGate.check(List.of(wordInStem, bareAmongArticles, adverbAmongPrepositions,
                oneWordAmongLongPhrases, sound, sharedWord, wordAlsoInAWrongOption), kinds);

        assertEquals(List.of("q-1", "q-2", "q-3", "q-4"),
                r.answersInStem().stream().map(f -> f.substring(0, f.indexOf(':'))).toList(), r.answersInStem().toString());
        assertTrue(r.answersInStem().get(0).contains("'watchman'"), r.answersInStem().get(0));
        assertTrue(r.answersInStem().get(1).contains("only option that starts without an article"), r.answersInStem().get(1));
        assertTrue(r.answersInStem().get(2).contains("only option that starts without an article or a preposition"),
                r.answersInStem().get(2));
        assertTrue(r.answersInStem().get(3).contains("every wrong option over three times longer"), r.answersInStem().get(3));
        assertFalse(r.passes());
        assertTrue(QualityGate.check(List.of(sound, sharedWord, wordAlsoInAWrongOption), kinds).answersInStem().isEmpty());
    }

    @Test
    void trueFalseQuestionsLopsidedTowardsOneAnswerFailTheGate() {
        QualityGate.Kinds kinds = (kind, option) -> true;
        List<Question> lopsided = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lopsided.add(statement("q-" + i, i < 7 ? 1 : 0)); // 7 false, 3 true: "always False" scores 70%
        }
        QualityGate.Report r = QualityGate.check(lopsided, kinds);
        assertTrue(r.trueFalseLopsided(), r.trueFalseShares().toString());
        assertEquals(Map.of("True", 0.3, "False", 0.7), r.trueFalseShares());
        assertFalse(r.passes());

        List<Question> even = new java.util.ArrayList<>(lopsided.subList(0, 6)); // 6 false ...
        even.addAll(lopsided.subList(7, 10)); // ... and 3 true
        even.add(statement("q-10", 0)); // 6 false, 4 true: 60%, not over it
        assertFalse(QualityGate.check(even, kinds).trueFalseLopsided());
        assertFalse(QualityGate.lopsided(1, 0), "one statement alone is not lopsided");
        assertFalse(QualityGate.lopsided(1, 2), "one over an even split is not lopsided");
        assertTrue(QualityGate.lopsided(0, 3));
    }

    private static Question statement(String id, int correctIndex) {
        String stem = "Ron Perlman played One in F.";
        return new Question(id, "f", "fact-" + id, io.cinequiz.catalog.Category.CAST, Difficulty.EASY,
                QuestionType.BOOLEAN, stem, stem, List.of("True", "False"), correctIndex, stem, List.of(), "actor",
                "g-" + id, List.of(), new DifficultySignals(1, 1, false, true, 0.5, 0.5), "Ron Perlman", null);
    }

    private static Question question(String id, String stem, String answer, String family, List<String> wrong,
            String group) {
        List<String> options = new java.util.ArrayList<>(wrong);
        options.add(answer);
        return new Question(id, "f", "fact-" + id, io.cinequiz.catalog.Category.TRIVIA, Difficulty.EASY,
                QuestionType.MULTIPLE, stem, stem, options, options.size() - 1, answer + ".", List.of(), "trade", group,
                wrong, new DifficultySignals(1, 1, false, false, 0.5, 0.5), answer, family);
    }

    // ---- citations ----

    @Test
    void aQuoteIsWidenedToItsSentenceAndALongSentenceToItsClause() {
        String text = "Intro line.\nKrank (Daniel Emilfork), a scientist, is incapable of dreaming. He ages fast.\n";
        assertEquals("Krank (Daniel Emilfork), a scientist, is incapable of dreaming.", Clauses.around(text, "a scientist"));
        String list = "It assembles " + "many odd figures and ".repeat(12)
                + "more: the mad genius Krank; six narcoleptic clones; a deceitful dwarf wife (played by Mireille Mossé; uncredited)"
                + "; the brain in the tank.\n";
        assertEquals("six narcoleptic clones", Clauses.around(list, "six narcoleptic clones"));
        assertEquals("a deceitful dwarf wife (played by Mireille Mossé; uncredited)", Clauses.around(list, "dwarf wife"));
        assertEquals("Mlle. Bismuth says she is allergic to steel.",
                Clauses.around("Quotes\nMlle. Bismuth says she is allergic to steel. See more\n", "allergic to steel"));
        assertEquals("not in the text", Clauses.around("Some text.", "not in the text"));
    }

    @Test
    void aGapWhereTheScrapedDocumentLostALinkedNameIsMarkedAndTheRestStaysVerbatim() {
        // The page linked the director's name; the scrape kept its possessive only (a no-break space before it).
        String text = "\u2022 It opened Cannes in 1995 and was in competition for the Palme D\u2019or (losing to\u00a0\u2018s "
                + "Underground).\nNext line.\n";
        String cited = Clauses.around(text, "losing to\u00a0\u2018s Underground");
        assertEquals("It opened Cannes in 1995 and was in competition for the Palme D\u2019or (losing to\u00a0[\u2026]"
                + "\u2018s Underground).", cited);
        assertTrue(text.contains(Clauses.verbatim(cited)), "without its mark, the citation is the document's own text");
        for (String kept : List.of("Kusturica\u2019s Underground", "Kusturica's film", "the film\u2019s look", "it's")) {
            assertEquals(kept, Clauses.marked(kept), "a possessive after its name is no gap");
        }
        assertEquals("losing to [\u2026]'s Underground", Clauses.marked("losing to 's Underground"));
    }
}
