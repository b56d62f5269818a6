package io.cinequiz.question;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cinequiz.catalog.CatalogFixtures;
import io.cinequiz.catalog.Category;
import io.cinequiz.catalog.Claim;
import io.cinequiz.catalog.Fact;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.Source;
import io.cinequiz.catalog.Value;
import io.cinequiz.catalog.ValueMatcher;
import io.cinequiz.catalog.ValueParser;
import io.cinequiz.catalog.ValueType;
import io.cinequiz.catalog.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The whole question set generated from the real seed of The City of Lost Children, held to the acceptance
 * criteria of the question generator: fair options, supported facts only, even answer positions, verbatim
 * citations, determinism. Tests run with the repository root as working directory.
 */
class GeneratedQuestionsQualityTest {

    private static final Path SEED = Path.of("seeds/city-of-lost-children");
    private static final double NAME_SIMILARITY = 0.92;
    private static final String REVERSE_PREFIX = "Which character did ";
    /** Chi-square critical values at the 1% level. */
    private static final double CHI2_3_DF = 11.345;
    private static final double CHI2_1_DF = 6.635;
    /** The bundled people file's role for each person predicate the generator asks about. */
    private static final Map<Predicate, String> ROLES = Map.of(Predicate.DIRECTED_BY, "director",
            Predicate.WRITTEN_BY, "writer", Predicate.COMPOSER, "composer", Predicate.CINEMATOGRAPHER, "cinematographer",
            Predicate.COSTUME_DESIGNER, "costume_designer", Predicate.VFX_SUPERVISOR, "vfx_supervisor",
            Predicate.STARS, "actor", Predicate.CAST, "actor");

    private static final ValueMatcher MATCHER = new ValueMatcher(NAME_SIMILARITY);

    private static FilmVerification film;
    private static QuestionSet set;
    private static List<Question> questions;
    private static Map<String, Fact> facts;
    private static Map<String, Source> sources;

    @BeforeAll
    static void generate() {
        film = CatalogFixtures.verify(SEED);
        set = new QuestionGenerator(DistractorData.bundled(), NAME_SIMILARITY).generate(List.of(film));
        questions = set.questions();
        facts = film.facts().stream().collect(Collectors.toMap(Fact::id, Function.identity()));
        sources = film.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    // ---- helpers ----

    private static Fact factOf(Question q) {
        Fact fact = facts.get(q.factId());
        assertNotNull(fact, "question " + q.id() + " names fact " + q.factId() + ", which verification does not hold");
        return fact;
    }

    private static boolean isReverse(Question q) {
        return q.type() == QuestionType.MULTIPLE && q.stem().startsWith(REVERSE_PREFIX);
    }

    private static List<Question> multipleChoice() {
        return questions.stream().filter(q -> q.type() == QuestionType.MULTIPLE).toList();
    }

    private static List<Question> trueFalse() {
        return questions.stream().filter(q -> q.type() == QuestionType.BOOLEAN).toList();
    }

    private static Template template(Fact fact) {
        return Template.of(fact.predicate()).orElseThrow();
    }

    /** The sentence a true/false question asks about when it states {@code value} for the fact. */
    private static String statement(Fact fact, String value) {
        return "True or false: " + template(fact).state(film.film().title(), film.film().year(), fact.subject(), value);
    }

    /** The forward multiple-choice question made from the same fact as {@code q}. */
    private static Question forwardQuestion(Question q) {
        List<Question> found = questions.stream()
                .filter(o -> o.factId().equals(q.factId()) && o.type() == QuestionType.MULTIPLE && !isReverse(o))
                .toList();
        assertEquals(1, found.size(), "forward multiple-choice questions on fact " + q.factId());
        return found.get(0);
    }

    /** The value a true/false question states: the fact's value or one of its multiple-choice distractors. */
    private static String statedValue(Question q) {
        Fact fact = factOf(q);
        Question mc = forwardQuestion(q);
        List<String> candidates = mc.options().stream().filter(o -> q.stem().equals(statement(fact, o))).toList();
        assertEquals(1, candidates.size(), () -> "the statement of " + q.id() + " (" + q.stem()
                + ") should state exactly one of the options of " + mc.options());
        return candidates.get(0);
    }

    /** Every claim of the film on the fact's (predicate, subject), whatever its verdict. */
    private static List<Claim> claimsOnItem(Fact fact) {
        String subject = fact.subject() == null ? "" : ValueMatcher.normalized(fact.subject());
        return film.claims().stream()
                .filter(c -> c.predicate() == fact.predicate())
                .filter(c -> subject.equals(c.subject() == null ? "" : ValueMatcher.normalized(c.subject())))
                .toList();
    }

    /** Whether an option (written as {@code option}) states the value a claim asserts. */
    private static boolean sameValue(Value asserted, Value answer, String option) {
        if (ValueMatcher.normalized(asserted.raw()).equals(ValueMatcher.normalized(option))) {
            return true;
        }
        if (asserted instanceof Value.Countries countries) {
            return countries.countries().stream()
                    .anyMatch(c -> ValueMatcher.normalized(c).equals(ValueMatcher.normalized(option)));
        }
        if (answer instanceof Value.Quantity || answer instanceof Value.DateRange) {
            return MATCHER.same(asserted, ValueParser.parse(answer.type(), option));
        }
        return MATCHER.same(asserted, new Value.Name(answer.type(), option));
    }

    private static void assertAllQuestions(List<Question> subset, Function<Question, Executable> check) {
        assertFalse(subset.isEmpty(), "no question to check");
        assertAll(subset.stream().map(check));
    }

    private static double chiSquare(long[] observed) {
        long total = 0;
        for (long o : observed) {
            total += o;
        }
        double expected = (double) total / observed.length;
        double chi = 0;
        for (long o : observed) {
            chi += (o - expected) * (o - expected) / expected;
        }
        return chi;
    }

    // ---- size and shape ----

    @Test
    void firstFilmGivesAtLeast120Questions() {
        assertTrue(questions.size() >= 120, "questions: " + questions.size());
        assertEquals(questions.size(), set.stats().get(film.film().id()).questions());
    }

    @Test
    void multipleChoiceHasFourOptionsAndTheAnswerExactlyOnce() {
        assertAllQuestions(multipleChoice(), q -> () -> {
            assertEquals(4, q.options().size(), q.id() + " " + q.options());
            assertEquals(1, Collections.frequency(q.options(), q.correctAnswer()), q.id() + " " + q.options());
            Fact fact = factOf(q);
            assertEquals(isReverse(q) ? fact.subject() : fact.value().raw(), q.correctAnswer(), q.id() + " " + q.stem());
        });
    }

    @Test
    void trueFalseOptionsAreTrueThenFalseAndTheStatementDecidesTheAnswer() {
        assertAllQuestions(trueFalse(), q -> () -> {
            assertEquals(List.of("True", "False"), q.options(), q.id());
            Fact fact = factOf(q);
            String stated = statedValue(q);
            boolean statesTheFact = stated.equals(fact.value().raw());
            assertEquals(statesTheFact ? 0 : 1, q.correctIndex(), q.id() + " " + q.stem());
        });
    }

    @Test
    void noQuestionOffersTwoOptionsThatNormaliseAlike() {
        assertAllQuestions(questions, q -> () -> {
            Set<String> normalised = q.options().stream().map(ValueMatcher::normalized).collect(Collectors.toSet());
            assertEquals(q.options().size(), normalised.size(), q.id() + " " + q.options());
        });
    }

    // ---- fairness of the wrong options ----

    @Test
    void noWrongOptionIsAValueAnySourceAssertsForTheItem() {
        List<Question> forward = multipleChoice().stream().filter(q -> !isReverse(q)).toList();
        assertAllQuestions(forward, q -> () -> {
            Fact fact = factOf(q);
            List<Claim> claims = claimsOnItem(fact);
            assertFalse(claims.isEmpty(), q.id());
            for (String option : q.options()) {
                if (option.equals(q.correctAnswer())) {
                    continue;
                }
                for (Claim claim : claims) {
                    assertFalse(sameValue(claim.value(), fact.value(), option), () -> q.id() + " (" + q.stem()
                            + ") offers '" + option + "', which " + claim.sourceId() + " asserts as '"
                            + claim.value().raw() + "'");
                }
            }
        });
    }

    @Test
    void falseStatementsStateAWrongOptionAndTrueOnesTheFact() {
        assertAllQuestions(trueFalse(), q -> () -> {
            Fact fact = factOf(q);
            String stated = statedValue(q);
            if (q.correctIndex() == 0) {
                assertEquals(fact.value().raw(), stated, q.id());
            } else {
                for (Claim claim : claimsOnItem(fact)) {
                    assertFalse(sameValue(claim.value(), fact.value(), stated), q.id() + " states '" + stated
                            + "' as false, but " + claim.sourceId() + " asserts '" + claim.value().raw() + "'");
                }
            }
        });
    }

    @Test
    void reverseCastQuestionsNeverOfferAnotherCharacterOfTheSameActor() {
        List<Question> reverse = multipleChoice().stream().filter(GeneratedQuestionsQualityTest::isReverse).toList();
        assertAllQuestions(reverse, q -> () -> {
            Fact fact = factOf(q);
            assertEquals(Predicate.CAST, fact.predicate(), q.id());
            assertEquals(REVERSE_PREFIX + fact.value().raw() + " play in " + film.film().title() + "?", q.stem());
            List<String> sameActor = film.claims().stream()
                    .filter(c -> c.predicate() == Predicate.CAST && MATCHER.same(c.value(), fact.value()))
                    .map(Claim::subject).toList();
            for (String option : q.options()) {
                if (!option.equals(q.correctAnswer())) {
                    assertTrue(sameActor.stream().noneMatch(s -> ValueMatcher.normalized(s).equals(ValueMatcher.normalized(option))),
                            q.id() + " offers '" + option + "', also played by " + fact.value().raw());
                }
            }
        });
    }

    @Test
    void wrongPeopleComeFromTheRoleAndAreNeverLinkedToTheFilm() {
        DistractorData data = DistractorData.bundled();
        List<String> linked = film.claims().stream().filter(c -> c.value().type() == ValueType.PERSON)
                .map(c -> c.value().raw()).distinct().toList();
        List<Question> people = multipleChoice().stream()
                .filter(q -> !isReverse(q) && factOf(q).value().type() == ValueType.PERSON).toList();
        assertAllQuestions(people, q -> () -> {
            String role = ROLES.get(factOf(q).predicate());
            assertNotNull(role, q.id() + " asks about a person with no role in the people file");
            for (String option : q.options()) {
                if (option.equals(q.correctAnswer())) {
                    continue;
                }
                assertTrue(data.people(role).contains(option), q.id() + ": '" + option + "' is not a " + role);
                assertTrue(linked.stream().noneMatch(p -> MATCHER.similarity(p, option) >= NAME_SIMILARITY),
                        q.id() + ": '" + option + "' is named by the film's sources");
            }
        });
    }

    // ---- which facts ----

    @Test
    void everyQuestionComesFromASupportedFact() {
        assertAllQuestions(questions, q -> () -> assertEquals(Verdict.SUPPORTED, factOf(q).verdict(), q.id()));
    }

    @Test
    void everySupportedFactGivesAQuestionOrAReasonWhyNot() {
        QuestionSet.FilmStats stats = set.stats().get(film.film().id());
        Set<String> asked = questions.stream().map(Question::factId).collect(Collectors.toSet());
        Set<String> skipped = stats.skipped().stream().map(QuestionSet.SkippedFact::factId).collect(Collectors.toSet());
        Set<String> supported = film.facts(Verdict.SUPPORTED).stream().map(Fact::id).collect(Collectors.toSet());
        Set<String> accounted = new HashSet<>(asked);
        accounted.addAll(skipped);
        assertEquals(supported, accounted);
        assertEquals(asked.size(), stats.factsUsed());
        assertTrue(stats.skipped().stream().allMatch(s -> s.reason() != null && !s.reason().isBlank()), stats.skipped().toString());
        long notSupported = film.facts().stream().filter(f -> f.verdict() != Verdict.SUPPORTED).count();
        assertEquals(notSupported, stats.factsNotSupported().values().stream().mapToLong(Long::longValue).sum());
    }

    // ---- balance ----

    @Test
    void correctPositionsOfMultipleChoiceAreEvenlySpread() {
        long[] byPosition = new long[4];
        multipleChoice().forEach(q -> byPosition[q.correctIndex()]++);
        double chi = chiSquare(byPosition);
        assertTrue(chi < CHI2_3_DF, "chi-square " + chi + " over positions " + java.util.Arrays.toString(byPosition));
    }

    @Test
    void trueAndFalseAnswersAreBalanced() {
        long[] byAnswer = new long[2];
        trueFalse().forEach(q -> byAnswer[q.correctIndex()]++);
        double chi = chiSquare(byAnswer);
        assertTrue(chi < CHI2_1_DF, "chi-square " + chi + " over true/false " + java.util.Arrays.toString(byAnswer));
    }

    @Test
    void everyCategoryAppears() {
        Set<Category> seen = questions.stream().map(Question::category).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Category.class), seen);
        for (Question q : questions) {
            assertEquals(factOf(q).predicate().category(), q.category(), q.id());
        }
    }

    @Test
    void difficultyFollowsTheDocumentedRule() {
        assertAllQuestions(questions, q -> () -> {
            Fact fact = factOf(q);
            Difficulty bySources = fact.witnesses() >= 3 ? Difficulty.EASY
                    : fact.witnesses() == 2 ? Difficulty.MEDIUM : Difficulty.HARD;
            assertEquals(bySources, QuestionGenerator.difficulty(fact), fact.id());
            boolean numeric = fact.value() instanceof Value.Quantity || fact.value() instanceof Value.DateRange;
            Difficulty expected = q.type() == QuestionType.MULTIPLE && numeric && !isReverse(q)
                    ? bySources.harder() : bySources;
            assertEquals(expected, q.difficulty(), q.id() + " " + q.stem() + " (" + fact.witnesses() + " witnesses)");
        });
    }

    // ---- answers revealed on check ----

    @Test
    void everyCitationQuotesItsDocumentVerbatimUnderItsTitle() {
        assertAllQuestions(questions, q -> () -> {
            assertFalse(q.citations().isEmpty(), q.id());
            Set<String> supporting = factOf(q).supporting().stream().map(e -> e.sourceId() + "|" + e.quote())
                    .collect(Collectors.toSet());
            for (Citation c : q.citations()) {
                Source source = sources.get(c.sourceId());
                assertNotNull(source, q.id() + " cites unknown source " + c.sourceId());
                assertEquals(source.title(), c.title(), q.id());
                assertFalse(c.quote().isBlank(), q.id());
                assertTrue(source.text().contains(c.quote()), q.id() + ": '" + c.quote() + "' is not in " + c.sourceId());
                assertTrue(supporting.contains(c.sourceId() + "|" + c.quote()), q.id() + " cites evidence its fact lacks");
            }
        });
    }

    @Test
    void explanationStatesTheTrueFactInOneSentence() {
        assertAllQuestions(questions, q -> () -> {
            Fact fact = factOf(q);
            String truth = template(fact).state(film.film().title(), film.film().year(), fact.subject(), fact.value().raw());
            String sentence = truth.endsWith(".") ? truth.substring(0, truth.length() - 1) : truth;
            assertTrue(q.explanation().startsWith(sentence + " (according to "), q.id() + ": " + q.explanation());
            assertTrue(q.explanation().endsWith(")."), q.id() + ": " + q.explanation());
            assertFalse(q.explanation().contains("\n"), q.id());
        });
    }

    @Test
    void stemsNameTheFilmAndShortStemsDoNot() {
        String title = film.film().title();
        assertAllQuestions(questions, q -> () -> {
            assertTrue(q.stem().contains(title), q.id() + ": " + q.stem());
            assertFalse(q.shortStem().contains(title), q.id() + ": " + q.shortStem());
            // The short stem is the stem with the title's one place taken by "the film" (a subject may say "the film" too).
            assertEquals(q.stem(), q.shortStem().replaceFirst("(?i)\\bthe film\\b", title), q.id());
        });
    }

    // ---- determinism ----

    @Test
    void regenerationGivesEqualQuestionsAndByteIdenticalJson() throws Exception {
        FilmVerification again = CatalogFixtures.verify(SEED);
        QuestionSet second = new QuestionGenerator(DistractorData.bundled(), NAME_SIMILARITY).generate(List.of(again));

        assertEquals(questions, second.questions());
        assertEquals(set.stats(), second.stats());
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        assertArrayEquals(json.writeValueAsBytes(set), json.writeValueAsBytes(second));
        assertArrayEquals(json.writeValueAsBytes(questions), json.writeValueAsBytes(second.questions()));
    }

    @Test
    void generationDoesNotDependOnTheDefaultLocale() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        byte[] expected = json.writeValueAsBytes(set);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            QuestionSet turkish = new QuestionGenerator(DistractorData.bundled(), NAME_SIMILARITY).generate(List.of(film));
            assertEquals(questions.stream().map(Question::id).toList(),
                    turkish.questions().stream().map(Question::id).toList());
            assertArrayEquals(expected, json.writeValueAsBytes(turkish));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void idsAreUniqueAndTheSameFromAnotherGenerator() {
        List<String> ids = questions.stream().map(Question::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids");
        assertTrue(ids.stream().allMatch(id -> id.matches("q-[0-9a-f]{1,16}")), ids.toString());

        List<String> again = new QuestionGenerator(DistractorData.bundled(), NAME_SIMILARITY).generate(List.of(film))
                .questions().stream().map(Question::id).toList();
        assertEquals(ids, again);
    }

    @Test
    void questionsKeepTheirIdsAndAnswersWhenAnotherFilmIsLoaded() {
        // A film that sorts first adds questions before these; each question's own content must not move.
        FilmVerification other = CatalogFixtures.film("a-first-film")
                .source("a.txt", io.cinequiz.catalog.SourceKind.REVIEW)
                .source("b.txt", io.cinequiz.catalog.SourceKind.DATABASE)
                .says("a.txt", Predicate.RUNTIME, "95 minutes", "It runs 95 minutes.")
                .says("b.txt", Predicate.RUNTIME, "95 minutes", "Runtime: 95 minutes.")
                .verify();
        List<Question> withOther = new QuestionGenerator(DistractorData.bundled(), NAME_SIMILARITY)
                .generate(List.of(film, other)).questions().stream()
                .filter(q -> q.filmId().equals(film.film().id())).toList();
        List<Question> mine = new ArrayList<>(questions);
        // Wrong options may legitimately draw on the other film's values; ids, answers and stems may not change.
        assertEquals(mine.stream().map(Question::id).toList(), withOther.stream().map(Question::id).toList());
        assertEquals(mine.stream().map(Question::correctAnswer).toList(),
                withOther.stream().map(Question::correctAnswer).toList());
    }
}
