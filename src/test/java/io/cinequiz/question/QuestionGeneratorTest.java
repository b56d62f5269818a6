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

    private static final QuestionData DATA = QuestionData.bundled();
    private static final List<String> THREE = List.of("a.txt", "b.txt", "c.txt");

    private static QuestionSet generate(FilmVerification film, FilmQuestionData data) {
        return new QuestionGenerator(DATA, Films.NAME_SIMILARITY, Films.CITE_TRUST).generate(List.of(film), Map.of(film.film().id(), data));
    }

    private static QuestionSet generate(FilmVerification film) {
        return generate(film, FilmQuestionData.EMPTY);
    }

    /** A film's data with only phrased items (keyed by predicate and subject) and pools. */
    private static FilmQuestionData data(Map<String, Sex> characters, Map<String, List<String>> pools,
            Map<String, Phrasing> items) {
        Map<String, Pool> byKind = new java.util.TreeMap<>();
        pools.forEach((kind, entries) -> byKind.put(kind, Pool.of(entries)));
        return new FilmQuestionData(characters, Map.of(), List.of(), byKind, items);
    }

    private static Phrasing phrasing(String kind, String question, String statement, String negation) {
        return new Phrasing(kind, question == null ? List.of() : List.of(question), statement, negation, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** Three review documents that each state every sentence given, in their own words. */
    private static CatalogFixtures.Seed agreeing(String filmId) {
        CatalogFixtures.Seed seed = CatalogFixtures.film(filmId);
        THREE.forEach(s -> seed.source(s, SourceKind.REVIEW));
        return seed;
    }

    private static Fact fact(FilmVerification v, Predicate predicate, String raw) {
        List<Fact> found = v.facts().stream().filter(f -> f.predicate() == predicate && f.value().raw().equals(raw)).toList();
        assertEquals(1, found.size(), predicate.key() + " = " + raw + " in " + v.facts());
        return found.get(0);
    }

    private static List<Question> on(QuestionSet set, Fact fact) {
        return set.questions().stream().filter(q -> q.factId().equals(fact.id())).toList();
    }

    private static Question form(QuestionSet set, Fact fact, QuestionType type) {
        List<Question> found = on(set, fact).stream().filter(q -> q.type() == type).toList();
        assertEquals(1, found.size(), type + " questions on " + fact);
        return found.get(0);
    }

    private static String skipReason(QuestionSet set, FilmVerification film, Fact fact) {
        return set.stats().get(film.film().id()).skipped().stream().filter(s -> s.factId().equals(fact.id()))
                .map(QuestionSet.SkippedFact::reason).findFirst().orElse(null);
    }

    // ---- only SUPPORTED facts, only items worth asking ----

    @Test
    void refutedDisputedAndUnsupportedFactsGiveNoQuestion() {
        CatalogFixtures.Seed seed = agreeing("verdicts");
        for (String s : THREE) {
            seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.");
        }
        seed.source("summary.txt", SourceKind.SUMMARY)
                .says("summary.txt", Predicate.COMPOSER, "Howard Shore", "The score is by Howard Shore.")
                .says("summary.txt", Predicate.MPAA_RATING, "PG-13", "It is rated PG-13.");
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        for (Fact f : film.facts()) {
            if (f.verdict() != Verdict.SUPPORTED) {
                assertEquals(List.of(), on(set, f), f.verdict() + " fact " + f);
            }
        }
        assertTrue(set.questions().stream().noneMatch(q -> q.options().contains("Howard Shore")
                || q.stem().contains("Howard Shore")), "a refuted value leaks into a question");
        assertEquals(2, set.questions().size(), "the composer in both forms; the running time is clutter");
    }

    @Test
    void itemsNotWorthAskingAndItemsWithoutPhrasingGiveNoQuestionAndSayWhy() {
        CatalogFixtures.Seed seed = agreeing("worth");
        for (String s : THREE) {
            seed.says(s, Predicate.RATING_VOTES, "IMDb users", "57,318", "57,318 votes on IMDb.")
                    .says(s, Predicate.TRIVIA, "Price on Amazon Video", ValueType.MONEY, "$2.99", "It rents for $2.99.")
                    .says(s, Predicate.PLOT, "Where Krank lives", ValueType.TEXT, "oil rig", "Krank lives on an oil rig.");
        }
        FilmVerification film = seed.verify();
        Phrasing clutter = new Phrasing(null, null, null, null, false, "page clutter: a shop's price", null, null, null,
                null, null, null, null, null, null);
        QuestionSet set = generate(film, data(Map.of(), Map.of(),
                Map.of(FilmQuestionData.key(Predicate.TRIVIA, "Price on Amazon Video"), clutter)));

        assertEquals(List.of(), set.questions());
        assertTrue(skipReason(set, film, fact(film, Predicate.RATING_VOTES, "57,318")).startsWith("not worth asking: "));
        assertEquals("not worth asking: page clutter: a shop's price",
                skipReason(set, film, fact(film, Predicate.TRIVIA, "$2.99")));
        assertEquals("no phrasing for this item: add it to the film's questions.yaml",
                skipReason(set, film, fact(film, Predicate.PLOT, "oil rig")));
    }

    // ---- phrasing is data ----

    @Test
    void aStoryItemIsAskedWithTheFilmsOwnPhrasingKindAndPool() {
        CatalogFixtures.Seed seed = agreeing("story");
        for (String s : THREE) {
            seed.says(s, Predicate.PLOT, "Where Krank lives", ValueType.TEXT, "oil rig", "Krank lives on an oil rig.");
        }
        FilmVerification film = seed.verify();
        Phrasing lair = new Phrasing("lair", List.of("Where is Krank's lair in {film}?"), "In {film}, Krank's lair is {answer}.",
                "In {film}, Krank's lair is not {answer}.", null, null, Map.of("oil rig", "an oil rig out at sea"), null,
                null, null, null, null, null, null, null);
        QuestionSet set = generate(film, data(Map.of(), Map.of("lair", List.of("a lighthouse", "a zeppelin", "an abandoned mine")),
                Map.of(FilmQuestionData.key(Predicate.PLOT, "Where Krank lives"), lair)));

        Question mc = form(set, fact(film, Predicate.PLOT, "oil rig"), QuestionType.MULTIPLE);
        assertEquals("Where is Krank's lair in Synthetic story?", mc.stem());
        assertEquals("Where is Krank's lair in the film?", mc.shortStem());
        assertEquals(Set.of("an oil rig out at sea", "a lighthouse", "a zeppelin", "an abandoned mine"), Set.copyOf(mc.options()));
        assertEquals("an oil rig out at sea", mc.correctAnswer());
        assertEquals("lair", mc.kind());
        Question tf = form(set, fact(film, Predicate.PLOT, "oil rig"), QuestionType.BOOLEAN);
        assertTrue(tf.stem().matches("In Synthetic story, Krank's lair is (an oil rig out at sea|a lighthouse|a zeppelin|an abandoned mine)\\."),
                tf.stem());
        assertEquals(mc.group(), tf.group(), "the two forms of one fact are one group");
    }

    @Test
    void aFalseStatementIsDeniedThenCorrectedInItsReveal() {
        // Facts whose hash makes their statement false: at least one among several composers of several films.
        List<Question> falseOnes = new ArrayList<>();
        for (int i = 0; i < 8 && falseOnes.isEmpty(); i++) {
            CatalogFixtures.Seed seed = agreeing("reveal-" + i);
            THREE.forEach(s -> seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti."));
            generate(seed.verify()).questions().stream().filter(q -> q.type() == QuestionType.BOOLEAN && q.correctIndex() == 1)
                    .forEach(falseOnes::add);
        }
        assertFalse(falseOnes.isEmpty(), "no false statement among eight films");
        Question q = falseOnes.get(0);
        String stated = q.wrongValues().get(0);
        assertEquals(stated + " composed the score of " + q.stem().substring(q.stem().indexOf("of ") + 3), q.stem());
        // Updated (seventh blind review): the correction is said once, without first denying the stated value.
        assertTrue(q.explanation().startsWith("False: Angelo Badalamenti composed the score of "), q.explanation());
        assertFalse(q.explanation().contains(stated), q.explanation());
        assertTrue(q.explanation().endsWith("."), q.explanation());
        assertFalse(q.explanation().contains("according to"), "the citations show the sources: " + q.explanation());
    }

    @Test
    void severalWordingsOfOneThingAreAskedOnceInEachFormAboutTheBestStatedWording() {
        CatalogFixtures.Seed seed = agreeing("wordings");
        for (String s : THREE) {
            seed.says(s, Predicate.SETTING, "port city", "It is set in a port city.")
                    .says(s, Predicate.SETTING, "dystopian society", "Its world is a dystopian society.");
        }
        seed.says("a.txt", Predicate.SETTING, "fog-drenched harbor town", "The city is a fog-drenched harbor town.");
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film, data(Map.of(), Map.of(), Map.of(FilmQuestionData.key(Predicate.SETTING, null),
                new Phrasing(null, null, null, null, null, null, null, null, null, null, null, null, "city", null, null))));

        assertEquals(1, set.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).count());
        assertEquals(1, set.questions().stream().filter(q -> q.type() == QuestionType.BOOLEAN).count());
        assertEquals(1, set.questions().stream().map(Question::factId).distinct().count(), "one wording, in both forms");
        assertEquals(1, set.questions().stream().map(Question::group).distinct().count());
        assertFalse(set.questions().get(0).answer().contains("fog-drenched"), "the wording of one source only is not asked");
        assertEquals(2, set.stats().get(film.film().id()).skipped().stream()
                .filter(s -> s.reason().equals("another wording of the same thing, already asked")).count());
    }

    @Test
    void wordingsWrittenAsTheSameAnswerAreCitedAndCountedTogether() {
        // The eighth blind review found the explosion of Krank's lair cited from one source, though another states it:
        // two wordings ("destruction", "blow sky high") are two facts, and only the one asked was cited.
        CatalogFixtures.Seed seed = agreeing("fate");
        String fate = "Fate of the lair";
        seed.says("a.txt", Predicate.DESCRIPTION, fate, ValueType.TEXT, "destruction", "The lair meets its destruction.")
                .says("a.txt", Predicate.DESCRIPTION, fate, ValueType.TEXT, "collapse", "Its roof may collapse.")
                .says("b.txt", Predicate.DESCRIPTION, fate, ValueType.TEXT, "destruction", "It ends in the destruction of the lair.")
                .says("b.txt", Predicate.DESCRIPTION, fate, ValueType.TEXT, "blow sky high", "At the end the lair is about to blow sky high.")
                .says("c.txt", Predicate.DESCRIPTION, fate, ValueType.TEXT, "blow sky high", "Then the lair is set to blow sky high.")
                .says("c.txt", Predicate.DESCRIPTION, fate, ValueType.TEXT, "collapse", "Its walls collapse.")
                .says("c.txt", Predicate.PLOT, "Who outsmarts Krank", ValueType.CHARACTER, "Miette",
                        "Miette outsmarts Krank, to the destruction of his world.");
        FilmVerification film = seed.verify();
        Phrasing phrasing = new Phrasing("lair_fate", List.of("What is the fate of Krank's lair at the climax of {film}?"),
                "At the climax of {film}, Krank's lair ends in {answer}.",
                "At the climax of {film}, Krank's lair does not end in {answer}.", null, null,
                Map.of("destruction", "an explosion", "blow sky high", "an explosion"), null, null, true, null, null, null,
                null, null);
        QuestionSet set = generate(film, data(Map.of(),
                Map.of("lair_fate", List.of("a police raid", "a tidal wave", "a lightning strike")),
                Map.of(FilmQuestionData.key(Predicate.DESCRIPTION, fate), phrasing)));
        Fact destruction = fact(film, Predicate.DESCRIPTION, "destruction");
        assertEquals(Verdict.SUPPORTED, fact(film, Predicate.DESCRIPTION, "blow sky high").verdict());
        assertEquals(Verdict.SUPPORTED, fact(film, Predicate.DESCRIPTION, "collapse").verdict());

        Question mc = form(set, destruction, QuestionType.MULTIPLE);
        assertEquals("an explosion", mc.correctAnswer(), "the most mentioned wording is asked");
        List<String> quotes = mc.citations().stream().map(Citation::quote).toList();
        assertEquals(2, quotes.stream().filter(q -> q.endsWith("blow sky high.")).count(),
                "the other wording of the answer: " + quotes);
        assertEquals(2, quotes.stream().filter(q -> q.contains("destruction")).count(), quotes.toString());
        assertTrue(quotes.stream().noneMatch(q -> q.contains("collapse")), "a wording written otherwise: " + quotes);
        assertEquals(2, destruction.witnesses());
        assertEquals(3, mc.signals().witnesses(), "a, b and c state the answer; b, stating both wordings, counts once");
        assertEquals(mc.citations(), form(set, destruction, QuestionType.BOOLEAN).citations());
    }

    @Test
    void aMultiValuedItemIsAskedOnceInEachFormNamingItsOtherValues() {
        CatalogFixtures.Seed seed = agreeing("directors");
        for (String s : THREE) {
            seed.says(s, Predicate.DIRECTED_BY, "Marc Caro", "Directed by Marc Caro.")
                    .says(s, Predicate.DIRECTED_BY, "Jean-Pierre Jeunet", "Also directed by Jean-Pierre Jeunet.");
        }
        seed.says("a.txt", Predicate.DIRECTED_BY, "Gilles Adrien", "Gilles Adrien directed some scenes.");
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        List<Question> mc = set.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).toList();
        assertEquals(1, mc.size(), mc.toString());
        assertEquals("Gilles Adrien", mc.get(0).correctAnswer(), "the least prominent director is asked");
        assertTrue(mc.get(0).stem().matches("Who co-directed Synthetic directors with (Marc Caro and Jean-Pierre Jeunet"
                + "|Jean-Pierre Jeunet and Marc Caro)\\?"), mc.get(0).stem());
        List<Question> tf = set.questions().stream().filter(q -> q.type() == QuestionType.BOOLEAN).toList();
        assertEquals(1, tf.size(), tf.toString());
        assertEquals(mc.get(0).factId(), tf.get(0).factId(), "the two forms ask one value");
        assertEquals(1, set.questions().stream().map(Question::group).distinct().count(), "one item, one group");
        for (Question q : set.questions()) {
            assertTrue(q.wrongValues().stream().noneMatch(Set.of("Marc Caro", "Jean-Pierre Jeunet", "Gilles Adrien")::contains),
                    q.options().toString());
        }
        assertEquals(2, set.stats().get(film.film().id()).skipped().stream()
                .filter(s -> s.reason().equals("another value of an item asked once in each form")).count());
    }

    @Test
    void anItemWithOneValueIsAskedWithTheStemThatNamesNoOthers() {
        CatalogFixtures.Seed seed = agreeing("one-director");
        THREE.forEach(s -> seed.says(s, Predicate.DIRECTED_BY, "Marc Caro", "Directed by Marc Caro."));
        FilmVerification film = seed.verify();
        Question mc = form(generate(film), fact(film, Predicate.DIRECTED_BY, "Marc Caro"), QuestionType.MULTIPLE);
        assertEquals("Who directed Synthetic one-director?", mc.stem());
    }

    @Test
    void itemsOfAClutterSubjectAreNotWorthAskingInAnyFilmUnlessTheFilmSaysSo() {
        CatalogFixtures.Seed seed = agreeing("clutter-rule");
        for (String s : THREE) {
            seed.says(s, Predicate.TRIVIA, "Reason for the R rating", ValueType.TEXT, "grotesque images", "Rated R for grotesque images.")
                    .says(s, Predicate.TRIVIA, "Number of IMDb user reviews", ValueType.INTEGER, "235", "235 user reviews.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        assertEquals(List.of(), set.questions());
        assertEquals("not worth asking: page clutter: the wording of a rating board's notice",
                skipReason(set, film, fact(film, Predicate.TRIVIA, "grotesque images")));
        assertTrue(skipReason(set, film, fact(film, Predicate.TRIVIA, "235")).startsWith("not worth asking: page clutter"));

        Phrasing asked = new Phrasing("integer", List.of("How many reviews did users write of {film}?"),
                "Users wrote {answer} reviews of {film}.", "Users did not write {answer} reviews of {film}.", true, null,
                null, null, null, null, null, null, null, null, null);
        QuestionSet overridden = generate(film, data(Map.of(), Map.of(),
                Map.of(FilmQuestionData.key(Predicate.TRIVIA, "Number of IMDb user reviews"), asked)));
        assertEquals(2, on(overridden, fact(film, Predicate.TRIVIA, "235")).size(), "worthy: true overrides the rule");
    }

    @Test
    void anActorWhoseCharacterIsKnownIsAskedOnlyThroughTheCharacter() {
        CatalogFixtures.Seed seed = agreeing("covered");
        for (String s : THREE) {
            seed.says(s, Predicate.STARS, "Ron Perlman", "Starring Ron Perlman.")
                    .says(s, Predicate.CAST, "One", "Ron Perlman", "Ron Perlman plays One.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film, data(Map.of("One", Sex.MALE), Map.of(), Map.of()));

        assertEquals("asked as cast (One)", skipReason(set, film, fact(film, Predicate.STARS, "Ron Perlman")));
        assertEquals(2, set.questions().size());
    }

    // ---- wrong options ----

    @Test
    void aValueTheSourcesGiveAnotherItemOfTheSameKindIsNeverAWrongOption() {
        CatalogFixtures.Seed seed = agreeing("same-kind");
        for (String s : THREE) {
            seed.says(s, Predicate.OCCUPATION, "One", "strongman", "One is a strongman.")
                    .says(s, Predicate.TRIVIA, "One's former occupation", ValueType.TEXT, "tailor", "One was a tailor once.");
        }
        FilmVerification film = seed.verify();
        Phrasing former = phrasing("occupation", "What did One do before in {film}?", "In {film}, One was a {answer}.",
                "In {film}, One was not a {answer}.");
        QuestionSet set = generate(film, data(Map.of(), Map.of(),
                Map.of(FilmQuestionData.key(Predicate.TRIVIA, "One's former occupation"), former)));

        Question now = form(set, fact(film, Predicate.OCCUPATION, "strongman"), QuestionType.MULTIPLE);
        assertFalse(now.options().contains("tailor"), now.options().toString());
        Question before = form(set, fact(film, Predicate.TRIVIA, "tailor"), QuestionType.MULTIPLE);
        assertFalse(before.options().contains("strongman"), before.options().toString());
        assertTrue(DATA.pools().get("occupation").entries().containsAll(now.wrongValues()), now.options().toString());
    }

    @Test
    void castPeersAreOfTheCharactersSexAliveAndWorkingInTheFilmsYearAndFromItsIndustry() {
        CatalogFixtures.Seed seed = agreeing("peers");
        for (String s : THREE) {
            seed.says(s, Predicate.CAST, "Miette", "Judith Vittet", "Judith Vittet plays Miette.")
                    .says(s, Predicate.CAST, "Krank", "Daniel Emilfork", "Daniel Emilfork plays Krank.")
                    .says(s, Predicate.COUNTRY, List.of("France"), "A French film.");
        }
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film, data(Map.of("Miette", Sex.FEMALE, "Krank", Sex.MALE), Map.of(), Map.of()));
        Map<String, Person> people = DATA.people().stream().collect(Collectors.toMap(Person::name, p -> p));

        Question miette = form(set, fact(film, Predicate.CAST, "Judith Vittet"), QuestionType.MULTIPLE);
        Question krank = form(set, fact(film, Predicate.CAST, "Daniel Emilfork"), QuestionType.MULTIPLE);
        for (String w : miette.wrongValues()) {
            Person p = people.get(w);
            assertEquals(Sex.FEMALE, p.sex(), w);
            assertTrue(p.workingIn(1995) && p.nationalities().contains("France"), w);
            assertTrue(Math.abs(p.born() - 1984) <= Peers.AGE_LIMIT, w + " is no peer of a child actress");
        }
        for (String w : krank.wrongValues()) {
            Person p = people.get(w);
            assertEquals(Sex.MALE, p.sex(), w);
            assertTrue(p.workingIn(1995) && p.nationalities().contains("France"), w);
        }
        assertFalse(krank.wrongValues().contains("Jean Carmet"), "dead before the film's year");
    }

    @Test
    void peopleTheSourcesNameOrTheFilmExcludesAreNeverWrongOptions() {
        CatalogFixtures.Seed seed = agreeing("linked");
        for (String s : THREE) {
            seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.COUNTRY, List.of("France"), "A French film.");
        }
        List<String> french = DATA.people().stream().filter(p -> p.roles().contains("composer") && p.workingIn(1995)
                && p.nationalities().contains("France")).map(Person::name).sorted().toList();
        String named = french.get(0);
        String excluded = french.get(1);
        seed.says("a.txt", Predicate.TRIVIA, "Guest of honour", ValueType.PERSON, named, named + " came to the premiere.");
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film, new FilmQuestionData(Map.of(), Map.of(), List.of(excluded), Map.of(), Map.of()));

        Question q = form(set, fact(film, Predicate.COMPOSER, "Angelo Badalamenti"), QuestionType.MULTIPLE);
        assertFalse(q.wrongValues().contains(named), q.options().toString());
        assertFalse(q.wrongValues().contains(excluded), q.options().toString());
    }

    @Test
    void anAnswerIsWrittenAsTheEntryOfItsPoolThatNamesIt() {
        CatalogFixtures.Seed seed = agreeing("display");
        THREE.forEach(s -> seed.says(s, Predicate.OPENED_FESTIVAL, "Cannes", "It opened the Cannes festival."));
        FilmVerification film = seed.verify();
        Question q = form(generate(film), fact(film, Predicate.OPENED_FESTIVAL, "Cannes"), QuestionType.MULTIPLE);

        assertEquals("the Cannes Film Festival", q.correctAnswer());
        assertTrue(DATA.pools().get("festival").entries().containsAll(q.options()), q.options().toString());
    }

    @Test
    void anAnswerOfAPoolFamilyGetsItsWrongOptionsFromThatFamilyAlone() {
        CatalogFixtures.Seed seed = agreeing("family");
        THREE.forEach(s -> seed.says(s, Predicate.OCCUPATION, "One", "strongman", "One is a strongman."));
        FilmVerification film = seed.verify();
        Question q = form(generate(film), fact(film, Predicate.OCCUPATION, "strongman"), QuestionType.MULTIPLE);

        List<String> fairground = DATA.pools().get("occupation").families().get("fairground");
        assertTrue(fairground.containsAll(q.wrongValues()), q.options() + " are not all fairground acts");
        assertEquals("fairground", q.family());
        assertEquals(1.0, q.signals().closeness(), "options of the answer's own family are close");
    }

    @Test
    void anItemNamesTheFamilyOfAnAnswerNoPoolEntryNames() {
        CatalogFixtures.Seed seed = agreeing("named-family");
        THREE.forEach(s -> seed.says(s, Predicate.GENRE, "dark fantasy", "A dark fantasy."));
        FilmVerification film = seed.verify();
        Phrasing speculative = new Phrasing(null, null, null, null, null, null, null, null, null, null, null, null,
                "speculative", null, null);
        Question q = form(generate(film, data(Map.of(), Map.of(), Map.of(FilmQuestionData.key(Predicate.GENRE, null),
                speculative))), fact(film, Predicate.GENRE, "dark fantasy"), QuestionType.MULTIPLE);

        assertTrue(DATA.pools().get("genre").families().get("speculative").containsAll(q.wrongValues()), q.options().toString());
        Question unnamed = form(generate(film), fact(film, Predicate.GENRE, "dark fantasy"), QuestionType.MULTIPLE);
        assertEquals(null, unnamed.family(), "without a family, options may come from any: the gate flags that");
        assertFalse(QualityGate.check(List.of(unnamed), kindsOf(DATA)).implausibleOptions().isEmpty());
    }

    @Test
    void aSourceVerificationDistrustsIsNotCitedWhenTrustedSourcesStateTheFact() {
        CatalogFixtures.Seed seed = agreeing("trust");
        seed.source("summary.txt", SourceKind.SUMMARY);
        for (String s : THREE) {
            seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.RUNTIME, "112 minutes", "It runs 112 minutes.")
                    .says(s, Predicate.CINEMATOGRAPHER, "Darius Khondji", "Shot by Darius Khondji.");
        }
        seed.says("summary.txt", Predicate.COMPOSER, "Howard Shore", "The score is by Howard Shore.")
                .says("summary.txt", Predicate.RUNTIME, "95 minutes", "It runs 95 minutes.")
                .says("summary.txt", Predicate.CINEMATOGRAPHER, "Darius Khondji", "Darius Khondji shot it.");
        FilmVerification film = seed.verify();
        double summaryTrust = film.standings().stream().filter(st -> st.sourceId().equals("summary.txt")).findFirst()
                .orElseThrow().trust();
        assertTrue(summaryTrust < Films.CITE_TRUST, "the summary loses its contradictions: trust " + summaryTrust);
        Fact khondji = fact(film, Predicate.CINEMATOGRAPHER, "Darius Khondji");
        assertEquals(4, khondji.witnesses(), "verification counts every witness");

        Question q = form(generate(film), khondji, QuestionType.MULTIPLE);
        assertEquals(THREE, q.citations().stream().map(Citation::sourceId).sorted().toList());
        assertEquals("Darius Khondji was the director of photography on Synthetic trust.", q.explanation());
        assertEquals(3, q.signals().witnesses());
    }

    @Test
    void aRevealCitesTheSourcesThatWriteTheAnswerAsItIsAskedWhenAnyDoes() {
        CatalogFixtures.Seed seed = agreeing("spelling");
        seed.says("a.txt", Predicate.CAST, "Miette", "Judith Vittet", "Miette is played by Judith Vittet.")
                .says("b.txt", Predicate.CAST, "Miette", "Judith Vittet", "Judith Vittet plays Miette.")
                .says("c.txt", Predicate.CAST, "Miette", "Judith Villet", "Miette is played by Judith Villet.");
        FilmVerification film = seed.verify();
        Fact miette = fact(film, Predicate.CAST, "Judith Vittet");
        assertEquals(3, miette.supporting().size(), "the misspelling is the same fact: " + miette.supporting());

        Question q = form(generate(film), miette, QuestionType.MULTIPLE);

        assertEquals(List.of("a.txt", "b.txt"), q.citations().stream().map(Citation::sourceId).sorted().toList(),
                "the source that misspells the name is not cited beside two that spell it as the question does");
        assertEquals(3, q.signals().witnesses(), "every witness still counts towards the difficulty");
    }

    @Test
    void aFalseStatementStatesTheClosestWrongValue() {
        int checked = 0;
        for (int i = 0; i < 24; i++) {
            CatalogFixtures.Seed seed = agreeing("closest-" + i);
            THREE.forEach(s -> seed.says(s, Predicate.BUDGET, "$18,000,000", "It cost $18,000,000."));
            FilmVerification film = seed.verify();
            Fact budget = fact(film, Predicate.BUDGET, "$18,000,000");
            QuestionSet set = generate(film);
            Question tf = form(set, budget, QuestionType.BOOLEAN);
            if (tf.correctIndex() != 1) {
                continue;
            }
            checked++;
            double stated = Math.abs(money(tf.wrongValues().get(0)) - 18_000_000);
            for (String wrong : form(set, budget, QuestionType.MULTIPLE).wrongValues()) {
                assertTrue(stated <= Math.abs(money(wrong) - 18_000_000), tf.stem() + " states a farther value than "
                        + wrong);
            }
        }
        assertTrue(checked > 0, "no false budget statement among 24 films");
    }

    private static double money(String written) {
        return Double.parseDouble(written.replaceAll("[$,]", ""));
    }

    @Test
    void aFactIsAsProminentAsTheLessMentionedOfItsAnswerAndItsSubject() {
        CatalogFixtures.Seed seed = agreeing("prominence");
        THREE.forEach(s -> seed.says(s, Predicate.CAST, "the clones", "Dominique Pinon",
                "The clones are all played by Dominique Pinon."));
        List.of("a.txt", "b.txt").forEach(s -> seed.says(s, Predicate.CAST, "the Diver", "Dominique Pinon",
                "Dominique Pinon also plays the Diver."));
        FilmVerification film = seed.verify();
        QuestionSet set = generate(film);

        DifficultySignals clones = on(set, film.facts().stream().filter(f -> "the clones".equals(f.subject()))
                .findFirst().orElseThrow()).get(0).signals();
        DifficultySignals diver = on(set, film.facts().stream().filter(f -> "the Diver".equals(f.subject()))
                .findFirst().orElseThrow()).get(0).signals();

        assertEquals(3, clones.mentions(), "the clones and their actor are in every document");
        assertEquals(2, diver.mentions(), "a famous actor in a minor role is as prominent as the role");
        assertTrue(diver.score() > clones.score(), diver + " vs " + clones);
    }

    @Test
    void whereAnAnswerIsLearnedComesFromItsPhrasingElseFromItsCategory() {
        CatalogFixtures.Seed seed = agreeing("learned");
        for (String s : THREE) {
            seed.says(s, Predicate.DIRECTED_BY, "Jean-Pierre Jeunet", "Directed by Jean-Pierre Jeunet.")
                    .says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.")
                    .says(s, Predicate.CAST, "Krank", "Daniel Emilfork", "Krank is played by Daniel Emilfork.")
                    .says(s, Predicate.CAST, "One", "Ron Perlman", "One is played by Ron Perlman.");
        }
        FilmVerification film = seed.verify();
        Phrasing star = new Phrasing(null, null, null, null, null, null, null, null, null, null, null, null, null,
                "headline", null);
        QuestionSet set = generate(film, data(Map.of(), Map.of(), Map.of(FilmQuestionData.key(Predicate.CAST, "One"), star)));

        DifficultySignals director = on(set, fact(film, Predicate.DIRECTED_BY, "Jean-Pierre Jeunet")).get(0).signals();
        DifficultySignals composer = on(set, fact(film, Predicate.COMPOSER, "Angelo Badalamenti")).get(0).signals();
        DifficultySignals supporting = on(set, fact(film, Predicate.CAST, "Daniel Emilfork")).get(0).signals();
        DifficultySignals lead = on(set, fact(film, Predicate.CAST, "Ron Perlman")).get(0).signals();

        assertEquals(0, director.offScreen(), "the director is on every poster (shipped: learned: headline)");
        assertEquals(1, composer.offScreen(), "the composer is in the credits (crew, by its category)");
        assertEquals(1, supporting.offScreen(), "who played a role is in the credits (shipped: learned: credits)");
        assertEquals(0, lead.offScreen(), "the film's data files its top-billed star as a headline");
        assertTrue(director.score() < composer.score(), director + " vs " + composer);
        assertTrue(lead.score() < supporting.score(), lead + " vs " + supporting);
    }

    @Test
    void aReputationIsLearnedBetweenTheHeadlineAndTheScreenAndIsNoHeadline() {
        // Eighth blind review: a comparison every write-up makes (the look likened to Jules Verne's imagined future) was
        // labelled hard only by its id among equal scores; a reputation scores below a story detail, and is not easy.
        double reputation = DifficultySignals.LEARNED.get("reputation");
        assertTrue(DifficultySignals.LEARNED.get("headline") < reputation
                && reputation < DifficultySignals.LEARNED.get("screen"), DifficultySignals.LEARNED.toString());
        DifficultySignals said = new DifficultySignals(1, 1, false, false, 0.5, reputation);
        DifficultySignals seen = new DifficultySignals(1, 1, false, false, 0.5, 0.5);
        assertTrue(said.score() < seen.score(), said + " vs " + seen);
        assertTrue(said.score() < Difficulty.EASY_BELOW, "easy by its score: " + said.score());
        assertEquals(Difficulty.MEDIUM, Difficulty.of(said), "only a headline is easy");
        assertEquals(reputation, DifficultySignals.offScreen("reputation", io.cinequiz.catalog.Category.TRIVIA));
    }

    @Test
    void aLineOfDialogueIsLearnedLikeTheCreditsNotLikeTheStory() {
        // Tenth blind review: a throwaway line (what a minor character says she is allergic to) was labelled medium, as
        // the story is; a line of dialogue weighs as the credits do, and one source stating it makes it hard.
        double line = DifficultySignals.offScreen("dialogue", io.cinequiz.catalog.Category.STORY);
        assertEquals(DifficultySignals.LEARNED.get("credits"), line);
        DifficultySignals said = new DifficultySignals(1, 1, false, false, 0.5, line);
        DifficultySignals seen = new DifficultySignals(1, 1, false, false, 0.5, 0.5);
        assertTrue(seen.score() < said.score(), said + " vs " + seen);
        assertEquals(Difficulty.HARD, Difficulty.of(said), "score " + said.score());
    }

    @Test
    void aFactOnlyAnUntrustedSourceStatesStillCitesIt() {
        CatalogFixtures.Seed seed = agreeing("untrusted-only");
        for (String s : THREE) {
            seed.says(s, Predicate.COMPOSER, "Angelo Badalamenti", "The score is by Angelo Badalamenti.");
        }
        FilmVerification film = seed.verify();
        Fact composer = fact(film, Predicate.COMPOSER, "Angelo Badalamenti");
        QuestionSet set = new QuestionGenerator(DATA, Films.NAME_SIMILARITY, 1.01)
                .generate(List.of(film), Map.of(film.film().id(), FilmQuestionData.EMPTY));
        assertEquals(3, form(set, composer, QuestionType.MULTIPLE).citations().size(), "nothing trusted: all are cited");
    }

    private static QualityGate.Kinds kindsOf(QuestionData data) {
        return new QualityGate.Kinds() {
            @Override
            public boolean belongs(String kind, String option) {
                return true;
            }

            @Override
            public Pool families(String kind) {
                return data.pools().get(kind);
            }
        };
    }

    // ---- groups and difficulty ----

    @Test
    void itemsTheFilmTiesTogetherShareOneGroup() {
        CatalogFixtures.Seed seed = agreeing("groups");
        for (String s : THREE) {
            seed.says(s, Predicate.OPENED_FESTIVAL, "Cannes", "It opened the Cannes festival.")
                    .says(s, Predicate.COMPETED_FOR, "Palme d'Or", "It competed for the Palme d'Or.");
        }
        FilmVerification film = seed.verify();
        Phrasing cannes = new Phrasing(null, null, null, null, null, null, null, null, "cannes", null, null, null, null, null, null);
        QuestionSet set = generate(film, data(Map.of(), Map.of(), Map.of(
                FilmQuestionData.key(Predicate.OPENED_FESTIVAL, null), cannes,
                FilmQuestionData.key(Predicate.COMPETED_FOR, null), cannes)));

        assertEquals(4, set.questions().size());
        assertEquals(1, set.questions().stream().map(Question::group).distinct().count());
    }

    @Test
    void difficultyLabelsFollowScoreThresholdsAndNoStatementIsHarderThanItsChoice() {
        // Was: labels split a film in exact thirds by rank (the sixth blind review read the 40/40/40 split as a quota,
        // with equal scores labelled apart by their ids). Labels now follow thresholds on the score.
        List<Question> first = Films.of(Films.SEEDS.resolve(Films.FIRST)).questions(Films.FIRST);
        Map<String, Difficulty> choiceOfFact = first.stream().filter(q -> q.type() == QuestionType.MULTIPLE)
                .collect(Collectors.toMap(Question::factId, Question::difficulty));
        // Updated (seventh blind review): only a headline can be easy, and where over half would be medium the finer
        // details (highest scores) go hard, so a label is the thresholds' or one level harder than a medium.
        for (Question q : first) {
            Difficulty bySignals = Difficulty.of(q.signals());
            Difficulty choice = choiceOfFact.get(q.factId());
            Difficulty expected = q.type() == QuestionType.BOOLEAN && choice != null && bySignals.compareTo(choice) > 0
                    ? choice : bySignals;
            boolean cappedMedium = expected == Difficulty.MEDIUM && q.difficulty() == Difficulty.HARD;
            assertTrue(expected == q.difficulty() || cappedMedium, q.signals().score() + " " + q.stem());
            if (q.type() == QuestionType.BOOLEAN && choice != null) {
                assertTrue(q.difficulty().compareTo(choice) <= 0, "statement harder than its choice: " + q.stem());
            }
        }
        Map<Difficulty, Long> counts = first.stream().collect(Collectors.groupingBy(Question::difficulty, Collectors.counting()));
        assertEquals(3, counts.size(), counts.toString());
        counts.values().forEach(n -> assertTrue(n <= first.size() / 2, counts.toString()));
        assertEquals(Difficulty.EASY, Difficulty.ofScore(0.59));
        assertEquals(Difficulty.MEDIUM, Difficulty.ofScore(0.6));
        assertEquals(Difficulty.HARD, Difficulty.ofScore(0.7));
        assertEquals(Difficulty.MEDIUM, Difficulty.of(new DifficultySignals(4, 4, false, false, 0, 0.5)),
                "a story fact every source states is still medium");
        assertEquals(Difficulty.EASY, Difficulty.of(new DifficultySignals(4, 4, false, false, 0, 0)));
    }

    @Test
    void eachSignalMovesTheScoreTheWayItShould() {
        DifficultySignals base = new DifficultySignals(2, 2, false, false, 0.5, 0.5);
        assertTrue(new DifficultySignals(4, 2, false, false, 0.5, 0.5).score() < base.score(), "more sources: easier");
        assertTrue(new DifficultySignals(2, 4, false, false, 0.5, 0.5).score() < base.score(), "more mentions: easier");
        assertTrue(new DifficultySignals(2, 2, true, false, 0.5, 0.5).score() > base.score(), "a number: harder");
        // A statement asks what the choice of its fact asks (fifth blind review: statements came out a level easier
        // than their choices, whatever they asked); only an exact number to pick is harder than judging one.
        assertEquals(base.score(), new DifficultySignals(2, 2, false, true, 0.5, 0.5).score(), 1e-9, "true or false of a text: as hard");
        assertTrue(new DifficultySignals(2, 2, true, true, 0.5, 0.5).score() < new DifficultySignals(2, 2, true, false, 0.5, 0.5).score(),
                "a number judged true or false: easier than picking it");
        assertTrue(new DifficultySignals(2, 2, false, false, 0.9, 0.5).score() > base.score(), "closer options: harder");
        assertNotEquals(new DifficultySignals(1, 1, true, false, 1, 0.5).score(), new DifficultySignals(4, 4, false, true, 0, 0.5).score());
        assertTrue(new DifficultySignals(2, 2, false, false, 0.5, 1).score() > base.score(), "learned off screen: harder");
        assertTrue(new DifficultySignals(2, 2, false, false, 0.5, 0).score() < base.score(), "seen in the story: easier");
    }

    @Test
    void questionsKeepTheirIdsAndAnswersWhenAnotherFilmIsLoaded() {
        Films alone = Films.of(Films.SEEDS.resolve(Films.FIRST));
        Films both = Films.all();
        assertEquals(alone.questions(Films.FIRST).stream().map(q -> q.id() + q.correctAnswer()).toList(),
                both.questions(Films.FIRST).stream().map(q -> q.id() + q.correctAnswer()).toList());
    }
}
