package io.cinequiz.question;

import io.cinequiz.catalog.Claim;
import io.cinequiz.catalog.Fact;
import io.cinequiz.catalog.Film;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.Source;
import io.cinequiz.catalog.Value;
import io.cinequiz.catalog.ValueMatcher;
import io.cinequiz.catalog.ValueType;
import io.cinequiz.catalog.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns SUPPORTED facts, and only those, into multiple-choice and true/false questions. Deterministic: the same
 * catalogue gives the same questions, byte for byte (every random choice is seeded from the question's id).
 *
 * <p>Difficulty rule: a fact stated by three or more independent sources is easy, by two medium, by one hard; a
 * multiple-choice question whose answer is a number or a date is one step harder (its options are all plausible).
 */
final class QuestionGenerator {

    static final int OPTIONS = 4;
    private static final String TRUE = "True";
    private static final String FALSE = "False";
    private static final Map<Predicate, String> ROLES = new EnumMap<>(Map.of(
            Predicate.DIRECTED_BY, "director", Predicate.WRITTEN_BY, "writer", Predicate.COMPOSER, "composer",
            Predicate.CINEMATOGRAPHER, "cinematographer", Predicate.COSTUME_DESIGNER, "costume_designer",
            Predicate.VFX_SUPERVISOR, "vfx_supervisor", Predicate.STARS, "actor", Predicate.CAST, "actor"));
    /** Predicates keyed by a free topic; their text answers draw on a generic pool, so only short ones are asked. */
    private static final Set<Predicate> TOPICAL = Set.of(Predicate.PRODUCTION, Predicate.TRIVIA, Predicate.DESCRIPTION);
    private static final int MAX_TOPICAL_WORDS = 3;

    private final DistractorData data;
    private final ValueMatcher matcher;
    private final double nameSimilarity;

    QuestionGenerator(DistractorData data, double nameSimilarity) {
        this.data = data;
        this.matcher = new ValueMatcher(nameSimilarity);
        this.nameSimilarity = nameSimilarity;
    }

    QuestionSet generate(List<FilmVerification> films) {
        List<FilmVerification> ordered = films.stream().sorted(Comparator.comparing(f -> f.film().id())).toList();
        List<Question> questions = new ArrayList<>();
        Map<String, QuestionSet.FilmStats> stats = new LinkedHashMap<>();
        for (FilmVerification film : ordered) {
            FilmContext context = new FilmContext(film, ordered);
            List<Question> made = new ArrayList<>();
            List<QuestionSet.SkippedFact> skipped = new ArrayList<>();
            List<Fact> supported = film.facts(Verdict.SUPPORTED).stream().sorted(Comparator.comparing(Fact::id)).toList();
            int used = 0;
            for (Fact fact : supported) {
                int before = made.size();
                questionsFor(context, fact, made, skipped);
                used += made.size() > before ? 1 : 0;
            }
            questions.addAll(made);
            stats.put(film.film().id(), stats(film, made, used, skipped));
        }
        return new QuestionSet(List.copyOf(questions), Collections.unmodifiableMap(stats));
    }

    private void questionsFor(FilmContext ctx, Fact fact, List<Question> out, List<QuestionSet.SkippedFact> skipped) {
        Optional<Template> template = Template.of(fact.predicate());
        if (template.isEmpty()) {
            skipped.add(skip(fact, "no question template for " + fact.predicate().key()));
            return;
        }
        String answer = fact.value().raw();
        if (TOPICAL.contains(fact.predicate()) && fact.value().type() == ValueType.TEXT
                && answer.split("\\s+").length > MAX_TOPICAL_WORDS) {
            skipped.add(skip(fact, "the answer is a phrase of more than " + MAX_TOPICAL_WORDS
                    + " words, too long for a fair set of options"));
            return;
        }
        String mcId = id(ctx.film, fact, QuestionType.MULTIPLE, "forward");
        List<String> wrong = distractors(ctx, fact, new Random(seed(mcId)));
        if (wrong.size() < OPTIONS - 1) {
            skipped.add(skip(fact, wrong.isEmpty() ? "no fair wrong options exist for this answer"
                    : "only " + wrong.size() + " fair wrong option(s) exist for this answer, " + (OPTIONS - 1) + " are needed"));
            return;
        }
        Template t = template.get();
        out.add(multipleChoice(ctx, fact, mcId, t, fact.subject(), answer, wrong));

        // True or false by the fact's own hash: balanced over many facts, and stable when other facts come and go.
        boolean trueStatement = (seed(fact.id()) & 1) == 0;
        String tfId = id(ctx.film, fact, QuestionType.BOOLEAN, trueStatement ? "true" : "false");
        String stated = trueStatement ? answer : wrong.get(new Random(seed(tfId)).nextInt(wrong.size()));
        out.add(trueFalse(ctx, fact, tfId, t, stated, trueStatement));

        if (fact.predicate() == Predicate.CAST) {
            String reverseId = id(ctx.film, fact, QuestionType.MULTIPLE, "reverse");
            List<String> characters = otherCharacters(ctx, fact, new Random(seed(reverseId)));
            if (characters.size() == OPTIONS - 1) {
                out.add(multipleChoice(ctx, fact, reverseId, Template.CAST_REVERSE, answer, fact.subject(), characters));
            } else {
                skipped.add(skip(fact, "the reverse question (which character did " + answer
                        + " play) lacks other characters not played by the same actor"));
            }
        }
    }

    private Question multipleChoice(FilmContext ctx, Fact fact, String id, Template template, String subject,
            String answer, List<String> wrong) {
        List<String> options = new ArrayList<>(wrong.subList(0, OPTIONS - 1));
        options.add(answer);
        Collections.shuffle(options, new Random(seed(id) ^ 0x5DEECE66DL));
        Film film = ctx.film;
        boolean numeric = fact.value() instanceof Value.Quantity || fact.value() instanceof Value.DateRange;
        Difficulty difficulty = numeric && template != Template.CAST_REVERSE ? difficulty(fact).harder() : difficulty(fact);
        return new Question(id, film.id(), fact.id(), fact.predicate().category(), difficulty, QuestionType.MULTIPLE,
                template.ask(film.title(), film.year(), subject), template.ask("the film", film.year(), subject),
                List.copyOf(options), options.indexOf(answer), explanation(ctx, fact), citations(ctx, fact));
    }

    private Question trueFalse(FilmContext ctx, Fact fact, String id, Template template, String stated, boolean truth) {
        Film film = ctx.film;
        return new Question(id, film.id(), fact.id(), fact.predicate().category(), difficulty(fact),
                QuestionType.BOOLEAN, "True or false: " + template.state(film.title(), film.year(), fact.subject(), stated),
                "True or false: " + template.state("the film", film.year(), fact.subject(), stated),
                List.of(TRUE, FALSE), truth ? 0 : 1, explanation(ctx, fact), citations(ctx, fact));
    }

    /** The documented rule: independent sources make a fact easier. */
    static Difficulty difficulty(Fact fact) {
        return fact.witnesses() >= 3 ? Difficulty.EASY : fact.witnesses() == 2 ? Difficulty.MEDIUM : Difficulty.HARD;
    }

    private String explanation(FilmContext ctx, Fact fact) {
        Template template = Template.of(fact.predicate()).orElseThrow();
        String statement = template.state(ctx.film.title(), ctx.film.year(), fact.subject(), fact.value().raw());
        String sources = fact.witnesses() == 1 ? "one source" : fact.witnesses() + " independent sources";
        String sentence = statement.endsWith(".") ? statement.substring(0, statement.length() - 1) : statement;
        return sentence + " (according to " + sources + ").";
    }

    private static List<Citation> citations(FilmContext ctx, Fact fact) {
        Set<Citation> citations = new LinkedHashSet<>();
        for (Fact.Evidence e : fact.supporting()) {
            citations.add(new Citation(e.sourceId(), ctx.titles.get(e.sourceId()), e.quote()));
        }
        return List.copyOf(citations);
    }

    /** Three fair wrong options for the fact's answer, by the type of the answer; fewer when no three exist. */
    private List<String> distractors(FilmContext ctx, Fact fact, Random random) {
        List<Value> asserted = ctx.asserted(fact.predicate(), fact.subject());
        Value answer = fact.value();
        if (answer instanceof Value.Quantity q) {
            return NumberDistractors.quantities(q, asserted, OPTIONS - 1, random);
        }
        if (answer instanceof Value.DateRange d) {
            return NumberDistractors.dates(d, ctx.yearsMentioned, OPTIONS - 1, random);
        }
        List<String> pool;
        if (answer.type() == ValueType.PERSON) {
            String role = ROLES.get(fact.predicate());
            if (role == null) {
                return List.of();
            }
            return pick(data.people(role), answer, asserted, ctx::linkedToFilm, random);
        } else if (answer.type() == ValueType.CHARACTER) {
            pool = ctx.characters;
        } else if (answer.type() == ValueType.COUNTRIES) {
            pool = data.texts("country");
        } else {
            pool = new ArrayList<>(data.texts(fact.predicate().key()));
            pool.addAll(ctx.otherFilmsValues(fact.predicate()));
            if (TOPICAL.contains(fact.predicate())) {
                pool = pool.stream().filter(p -> sameShape(p, answer.raw())).toList();
            }
        }
        return pick(pool, answer, asserted, candidate -> false, random);
    }

    /**
     * Free-text trivia answers draw on a generic pool, so a wrong option must at least look like the answer: about
     * as many words, and a capital initial only where the answer has one ("Venice" and "Amsterdam", "phonetically"
     * and "improvised").
     */
    private static boolean sameShape(String candidate, String answer) {
        int words = candidate.split("\\s+").length;
        return Math.abs(words - answer.split("\\s+").length) <= 1
                && Character.isUpperCase(candidate.charAt(0)) == Character.isUpperCase(answer.charAt(0));
    }

    /** Characters of the film not played by the actor of this cast fact, for "which character did X play?". */
    private List<String> otherCharacters(FilmContext ctx, Fact fact, Random random) {
        Value actor = fact.value();
        List<String> sameActor = ctx.verification.claims().stream()
                .filter(c -> c.predicate() == Predicate.CAST && matcher.same(c.value(), actor))
                .map(Claim::subject).toList();
        List<String> pool = ctx.castCharacters.stream()
                .filter(ch -> sameActor.stream().noneMatch(s -> sameText(s, ch))).toList();
        return pick(pool, new Value.Name(ValueType.CHARACTER, fact.subject()), List.of(), candidate -> false, random);
    }

    /**
     * Up to three values of the pool: none excluded, none asserted for the item, none a near-duplicate of another
     * option. Candidates are tried in a seeded random order and checked only until three are found.
     */
    private List<String> pick(List<String> pool, Value answer, List<Value> asserted,
            java.util.function.Predicate<String> excluded, Random random) {
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(pool));
        Collections.sort(candidates);
        Collections.shuffle(candidates, random);
        List<Value> taken = new ArrayList<>(List.of(answer));
        List<String> picked = new ArrayList<>();
        for (String candidate : candidates) {
            if (picked.size() == OPTIONS - 1) {
                break;
            }
            Value v = new Value.Name(answer.type() == ValueType.COUNTRIES ? ValueType.TEXT : answer.type(), candidate);
            if (excluded.test(candidate) || taken.stream().anyMatch(t -> clash(t, v)) || asserted.stream().anyMatch(a -> clash(a, v))) {
                continue;
            }
            taken.add(v);
            picked.add(candidate);
        }
        return picked;
    }

    /** Whether two values are the same or too alike to stand side by side as options. */
    private boolean clash(Value a, Value b) {
        if (a instanceof Value.Countries ca) {
            return ca.countries().stream().anyMatch(c -> sameText(c, b.raw()));
        }
        if (a.type() == ValueType.CHARACTER && b.type() == ValueType.CHARACTER && oneNamesTheOther(a.raw(), b.raw())) {
            return true; // "Irvin" and "Uncle Irvin" are one character
        }
        return matcher.same(a, b) || sameText(a.raw(), b.raw());
    }

    private boolean oneNamesTheOther(String a, String b) {
        List<String> wa = List.of(matcher.key(a).split(" "));
        List<String> wb = List.of(matcher.key(b).split(" "));
        return wa.containsAll(wb) || wb.containsAll(wa);
    }

    /** Texts the same after normalising, or names within a typo of each other (each text normalised once). */
    private boolean sameText(String a, String b) {
        return matcher.key(a).equals(matcher.key(b)) || matcher.similarity(a, b) >= nameSimilarity;
    }

    private static QuestionSet.SkippedFact skip(Fact fact, String reason) {
        return new QuestionSet.SkippedFact(fact.id(), fact.predicate().key(), fact.subject(), fact.value().raw(), reason);
    }

    private static QuestionSet.FilmStats stats(FilmVerification film, List<Question> made, int used,
            List<QuestionSet.SkippedFact> skipped) {
        Map<String, Long> notSupported = new TreeMap<>();
        for (Fact f : film.facts()) {
            if (f.verdict() != Verdict.SUPPORTED) {
                notSupported.merge(f.verdict().name(), 1L, Long::sum);
            }
        }
        return new QuestionSet.FilmStats(film.film().id(), made.size(),
                count(made, q -> q.category().key()), count(made, q -> q.difficulty().key()),
                count(made, q -> q.type().key()), used, notSupported, List.copyOf(skipped));
    }

    private static Map<String, Long> count(List<Question> questions, Function<Question, String> key) {
        return questions.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    static String id(Film film, Fact fact, QuestionType type, String variant) {
        return "q-" + Long.toHexString(seed(film.id() + "|" + fact.id() + "|" + type.key() + "|" + variant));
    }

    /** A stable 64-bit FNV-1a hash: the seed of every choice made for a question. */
    static long seed(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** What the sources say about a film, for keeping wrong options wrong. */
    private final class FilmContext {
        final Film film;
        final FilmVerification verification;
        final List<FilmVerification> allFilms;
        final Map<String, String> titles;
        final List<String> people;
        final List<String> characters;
        final List<String> castCharacters;
        final List<Integer> yearsMentioned;
        /** Every value asserted, by predicate and normalised subject ("" for none), in the order of the claims. */
        private final Map<Predicate, Map<String, List<Value>>> assertedValues = new EnumMap<>(Predicate.class);

        FilmContext(FilmVerification verification, List<FilmVerification> allFilms) {
            this.verification = verification;
            this.film = verification.film();
            this.allFilms = allFilms;
            this.titles = verification.sources().stream().collect(Collectors.toMap(Source::id, Source::title));
            this.people = verification.claims().stream().filter(c -> c.value().type() == ValueType.PERSON)
                    .map(c -> c.value().raw()).distinct().toList();
            Set<String> chars = new LinkedHashSet<>();
            Set<String> cast = new LinkedHashSet<>();
            List<Integer> years = new ArrayList<>(List.of(film.year()));
            for (Claim c : verification.claims()) {
                assertedValues.computeIfAbsent(c.predicate(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(c.subject() == null ? "" : matcher.key(c.subject()), k -> new ArrayList<>())
                        .add(c.value());
                if (c.predicate() == Predicate.CAST) {
                    cast.add(c.subject());
                }
                if (c.predicate() == Predicate.CAST || c.predicate() == Predicate.OCCUPATION
                        || c.predicate() == Predicate.RELATIONSHIP) {
                    chars.add(c.subject());
                }
                if (c.value().type() == ValueType.CHARACTER) {
                    chars.add(c.value().raw());
                }
                if (c.value() instanceof Value.DateRange d) {
                    years.add(d.first().getYear());
                    years.add(d.last().getYear());
                }
            }
            this.characters = List.copyOf(chars);
            this.castCharacters = List.copyOf(cast);
            this.yearsMentioned = List.copyOf(years);
        }

        /** Every value any source asserts for this (predicate, subject), whatever its verdict. */
        List<Value> asserted(Predicate predicate, String subject) {
            return assertedValues.getOrDefault(predicate, Map.of())
                    .getOrDefault(subject == null ? "" : matcher.key(subject), List.of());
        }

        boolean linkedToFilm(String person) {
            return people.stream().anyMatch(p -> sameText(p, person));
        }

        List<String> otherFilmsValues(Predicate predicate) {
            return allFilms.stream().filter(f -> !f.film().id().equals(film.id()))
                    .flatMap(f -> f.facts(Verdict.SUPPORTED).stream())
                    .filter(f -> f.predicate() == predicate).map(f -> f.value().raw()).toList();
        }
    }
}
