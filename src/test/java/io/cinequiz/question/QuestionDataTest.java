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
        DATA.pools().forEach((kind, values) -> values.forEach(v ->
                assertTrue(seen.add(v.toLowerCase(Locale.ROOT)), "'" + v + "' is in two pools, the second " + kind)));
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
        "colour: red|unknown field 'colour'",
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
}
