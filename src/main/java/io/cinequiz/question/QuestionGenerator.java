package io.cinequiz.question;

import io.cinequiz.catalog.Claim;
import io.cinequiz.catalog.Fact;
import io.cinequiz.catalog.Film;
import io.cinequiz.catalog.FilmVerification;
import io.cinequiz.catalog.Predicate;
import io.cinequiz.catalog.Source;
import io.cinequiz.catalog.SourceStanding;
import io.cinequiz.catalog.Value;
import io.cinequiz.catalog.ValueMatcher;
import io.cinequiz.catalog.ValueParser;
import io.cinequiz.catalog.ValueType;
import io.cinequiz.catalog.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns SUPPORTED facts, and only those, into multiple-choice and true/false questions, phrased by data: the generic
 * phrasing of each predicate that ships with the service, overridden by the film's own ({@link FilmQuestionData}).
 * Deterministic: the same catalogue and data give the same questions, byte for byte (every random choice is seeded
 * from the question's id). See docs/questions.md for the rules.
 */
final class QuestionGenerator {

    static final int OPTIONS = 4;
    static final String TRUE = "True";
    static final String FALSE = "False";
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]) \\{answer\\}");
    private static final Pattern MINUTE = Pattern.compile("^(.*\\S)\\s+minute$");

    private final QuestionData data;
    private final ValueMatcher matcher;
    private final double nameSimilarity;
    private final double citeTrust;

    /**
     * @param citeTrust the trust a source needs to be cited when another source it agrees with reaches it too: the
     *                  trust verification asks of a single source to stand alone ({@code quiz.verification.single-source-trust})
     */
    QuestionGenerator(QuestionData data, double nameSimilarity, double citeTrust) {
        this.data = data;
        this.matcher = new ValueMatcher(nameSimilarity);
        this.nameSimilarity = nameSimilarity;
        this.citeTrust = citeTrust;
    }

    QuestionSet generate(List<FilmVerification> films, Map<String, FilmQuestionData> filmData) {
        List<FilmVerification> ordered = films.stream().sorted(Comparator.comparing(f -> f.film().id())).toList();
        List<Question> questions = new ArrayList<>();
        Map<String, QuestionSet.FilmStats> stats = new LinkedHashMap<>();
        Map<String, Supplier<QualityGate.Report>> gates = new HashMap<>();
        for (FilmVerification film : ordered) {
            FilmContext ctx = new FilmContext(film, filmData.getOrDefault(film.film().id(), FilmQuestionData.EMPTY));
            List<Draft> drafts = new ArrayList<>();
            List<QuestionSet.SkippedFact> skipped = new ArrayList<>();
            for (List<Fact> item : ctx.items()) {
                questionsFor(ctx, item, drafts, skipped);
            }
            decideTrueOrFalse(ctx, drafts);
            List<Question> made = label(drafts);
            questions.addAll(made);
            stats.put(film.film().id(), stats(film, made, skipped));
            gates.put(film.film().id(), () -> QualityGate.check(made, ctx));
        }
        return new QuestionSet(List.copyOf(questions), Collections.unmodifiableMap(stats), gates);
    }

    /** The quality gate of questions this generator made for the film earlier (read back from a start-up snapshot). */
    QualityGate.Report quality(FilmVerification film, FilmQuestionData data, List<Question> made) {
        return QualityGate.check(made, new FilmContext(film, data));
    }

    /** The shipped question data it phrases with. */
    QuestionData data() {
        return data;
    }

    /** A question before its difficulty label, which depends on the other questions of its film. */
    private record Draft(Question question, DifficultySignals signals) {
    }

    private static List<Question> label(List<Draft> drafts) {
        List<Draft> byScore = drafts.stream()
                .sorted(Comparator.comparingDouble((Draft d) -> d.signals().score()).thenComparing(d -> d.question().id()))
                .toList();
        Map<String, Difficulty> labels = new HashMap<>();
        for (Draft d : byScore) {
            labels.put(d.question().id(), Difficulty.of(d.signals()));
        }
        // The thresholds label by what the signals say; a film whose scores would leave a label empty or put over half
        // of its questions under one label is labelled by rank (thirds) instead, so that no label covers over half.
        Map<Difficulty, Long> counts = labels.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
        // Medium over half is not a reason: the finer details go hard below.
        if (counts.size() < Difficulty.values().length || counts.entrySet().stream().anyMatch(
                e -> e.getKey() != Difficulty.MEDIUM && e.getValue() > QualityGate.MAX_LABEL_SHARE * byScore.size())) {
            for (int i = 0; i < byScore.size(); i++) {
                labels.put(byScore.get(i).question().id(), Difficulty.ofRank(i, byScore.size()));
            }
        }
        // A statement is never labelled harder than the choice of its own fact: it asks the same thing, with two
        // options instead of four (the sixth blind review found two statements a label above their choices).
        Map<String, Difficulty> choiceOfFact = new HashMap<>();
        byScore.stream().filter(d -> d.question().type() == QuestionType.MULTIPLE)
                .forEach(d -> choiceOfFact.put(d.question().factId(), labels.get(d.question().id())));
        for (Draft d : byScore) {
            Difficulty choice = choiceOfFact.get(d.question().factId());
            if (d.question().type() == QuestionType.BOOLEAN && choice != null
                    && labels.get(d.question().id()).compareTo(choice) > 0) {
                labels.put(d.question().id(), choice);
            }
        }
        // Over half medium (only headlines are easy): the finer details, the highest scores among the medium, go hard
        // until medium covers half; a statement only where its choice is hard too.
        List<Draft> medium = byScore.stream().filter(d -> labels.get(d.question().id()) == Difficulty.MEDIUM).toList();
        int over = medium.size() - (int) (QualityGate.MAX_LABEL_SHARE * byScore.size());
        for (int i = medium.size() - 1; over > 0 && i >= 0; i--) {
            Question q = medium.get(i).question();
            Difficulty choice = choiceOfFact.get(q.factId());
            if (q.type() == QuestionType.BOOLEAN && choice != null && choice != Difficulty.HARD) {
                continue;
            }
            labels.put(q.id(), Difficulty.HARD);
            over--;
        }
        return drafts.stream().map(d -> {
            Question q = d.question();
            return new Question(q.id(), q.filmId(), q.factId(), q.category(), labels.get(q.id()), q.type(), q.stem(),
                    q.shortStem(), q.options(), q.correctIndex(), q.explanation(), q.citations(), q.kind(), q.group(),
                    q.wrongValues(), d.signals(), q.answer(), q.family());
        }).toList();
    }

    /**
     * The questions of one item (the facts of one predicate and subject), or why it gives none. An item is one thing
     * to ask, whatever the number of its values: a multi-valued item (directors, countries, genres) or the wordings
     * of one thing give one multiple-choice question and one true/false statement, about the same value, and share
     * a group; the other values are named in a stem that says {@code {others}} ("Who co-directed F with X?").
     */
    private void questionsFor(FilmContext ctx, List<Fact> item, List<Draft> out, List<QuestionSet.SkippedFact> skipped) {
        Fact first = item.get(0);
        Phrasing p = ctx.phrasing(first.predicate(), first.subject());
        QuestionData.Clutter clutter = p == null || p.worthy() == null ? data.clutter(first.subject()) : null;
        String unworthy = clutter != null ? clutter.reason() : p != null && !p.isWorthy() ? p.reason() : null;
        List<Fact> asked = new ArrayList<>();
        for (Fact f : item) {
            String covering = p == null ? null : ctx.coveredBy(f, p);
            if (covering != null) {
                skipped.add(skip(f, "asked as " + covering));
            } else if (unworthy != null) {
                skipped.add(skip(f, "not worth asking: " + unworthy));
            } else if (p == null) {
                skipped.add(skip(f, "no phrasing for this item: add it to the film's " + FilmQuestionData.FILE));
            } else if (p.missing() != null) {
                skipped.add(skip(f, "the phrasing lacks " + p.missing()));
            } else {
                asked.add(f);
            }
        }
        if (asked.isEmpty()) {
            return;
        }
        asked.sort(Comparator.comparingInt((Fact f) -> ctx.witnesses(f)).reversed()
                .thenComparing(Comparator.comparingInt((Fact f) -> ctx.mentions(f.value().raw())).reversed())
                .thenComparing(Fact::id));
        boolean several = !p.isWordings() && asked.size() > 1;
        String stem = p.stem(several);
        boolean naming = stem != null && stem.contains(Phrasing.OTHERS);
        Fact fact = naming ? asked.get(asked.size() - 1) : asked.get(0);
        List<String> others = asked.stream().filter(f -> f != fact).map(f -> display(ctx, p, f.value().raw())).toList();
        // Wordings that read as the answer the question writes ("destruction" and "blow sky high", each one source's
        // words, both written "an explosion") state it too: the question cites them all and counts their sources.
        String written = ValueMatcher.normalized(display(ctx, p, fact.value().raw()));
        List<Fact> alike = p.isWordings() ? asked.stream()
                .filter(f -> ValueMatcher.normalized(display(ctx, p, f.value().raw())).equals(written))
                .sorted(Comparator.comparing((Fact f) -> f != fact)).toList() : List.of(fact);
        for (Fact other : asked) {
            if (other != fact) {
                skipped.add(skip(other, p.isWordings() ? "another wording of the same thing, already asked"
                        : "another value of an item asked once in each form"));
            }
        }
        String group = p.group() != null ? "g:" + ctx.film.id() + ":" + p.group()
                : asked.size() > 1 ? "i:" + ctx.film.id() + ":" + FilmQuestionData.key(fact.predicate(), fact.subject())
                : "f:" + fact.id();
        questionsFor(ctx, fact, alike, p, stem, joined(others), p.asksTrueFalse(), group, out, skipped);
    }

    /** "A", "A and B", "A, B and C". */
    private static String joined(List<String> texts) {
        if (texts.size() < 2) {
            return texts.isEmpty() ? "" : texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }

    private void questionsFor(FilmContext ctx, Fact fact, List<Fact> alike, Phrasing p, String stem, String others,
            boolean trueFalse, String group, List<Draft> out, List<QuestionSet.SkippedFact> skipped) {
        if (QuestionData.numeric(p.kind()) != (fact.value() instanceof Value.Quantity || fact.value() instanceof Value.DateRange)) {
            skipped.add(skip(fact, "the answer is not of the kind '" + p.kind() + "'"));
            return;
        }
        String mcId = id(ctx.film, fact, QuestionType.MULTIPLE, "forward");
        List<Peers.Candidate> wrong = wrongOptions(ctx, fact, p, new Random(seed(mcId)));
        String answer = display(ctx, p, fact.value().raw());
        Asked asked = new Asked(fact, alike, p, answer, others, group, answerFamily(ctx, p, answer));
        if (stem != null) {
            if (wrong.size() < OPTIONS - 1) {
                skipped.add(skip(fact, wrong.isEmpty() ? "no fair wrong options exist for this answer"
                        : "only " + wrong.size() + " fair wrong option(s) exist for this answer, " + (OPTIONS - 1)
                                + " are needed"));
            } else {
                out.add(multipleChoice(ctx, asked, mcId, stem, wrong.subList(0, OPTIONS - 1)));
            }
        }
        if (trueFalse) {
            // Whether the statement is true is decided once the film's every statement is known (decideTrueOrFalse).
            ctx.statementsToMake.add(new Pending(asked, wrong, out.size(), ctx.statementsToMake.size()));
        }
    }

    /** A true/false question still to be made: what it asks, its wrong values, where it goes in the film's list. */
    private record Pending(Asked asked, List<Peers.Candidate> wrong, int position, int order) {
    }

    /**
     * Makes the film's true/false statements, true and false in even numbers: taken in the order of their facts'
     * hashes (stable, and unrelated to the topic), each is made true when the film has so far fewer true statements
     * than false, false when it has fewer false than true, and by its hash's parity on a tie. A statement that cannot
     * be false (no wrong value, or every wrong value already stated elsewhere) is true. A player who always answers
     * one way gets about half right.
     */
    private void decideTrueOrFalse(FilmContext ctx, List<Draft> drafts) {
        List<Pending> pending = new ArrayList<>(ctx.statementsToMake);
        pending.sort(Comparator.comparingLong((Pending x) -> seed(x.asked().fact().id() + "|truth"))
                .thenComparing(x -> x.asked().fact().id()));
        int trues = 0;
        int falses = 0;
        Map<Integer, Draft> made = new HashMap<>();
        for (Pending x : pending) {
            long hash = seed(x.asked().fact().id() + "|truth");
            boolean wantTrue = trues < falses || (trues == falses && (hash & 1) == 0);
            Peers.Candidate stated = wantTrue || x.wrong().isEmpty() ? null : unusedStatement(ctx, x.asked(), x.wrong());
            boolean truth = stated == null;
            String tfId = id(ctx.film, x.asked().fact(), QuestionType.BOOLEAN, truth ? "true" : "false");
            made.put(x.order(), trueFalse(ctx, x.asked(), tfId, stated));
            if (truth) {
                trues++;
            } else {
                falses++;
            }
        }
        // Back in the film's order: each after the multiple-choice question of its fact.
        pending.sort(Comparator.comparingInt(Pending::position).thenComparingInt(Pending::order).reversed());
        for (Pending x : pending) {
            drafts.add(x.position(), made.get(x.order()));
        }
    }

    /**
     * What one fact is asked with: its phrasing, its answer as written, the item's other values, its group; {@code alike}
     * is the fact and the other wordings of its item that the question writes as the same answer, whose sources state
     * it too (the fact itself first).
     */
    private record Asked(Fact fact, List<Fact> alike, Phrasing p, String answer, String others, String group,
            String family) {
    }

    /**
     * A wrong value whose statement no other question of the film makes, or null (then the statement is true). The
     * closest wrong value is stated first, since a false statement is only worth judging when it tempts: a peer of the
     * answer's age and industry, a number near it (ties in an order seeded by the fact).
     */
    private Peers.Candidate unusedStatement(FilmContext ctx, Asked a, List<Peers.Candidate> wrong) {
        List<Peers.Candidate> order = new ArrayList<>(wrong);
        Collections.rotate(order, -(int) Math.floorMod(seed(a.fact().id() + "|false"), order.size()));
        order.sort(Comparator.comparingDouble(Peers.Candidate::closeness).reversed());
        for (Peers.Candidate c : order) {
            String statement = fill(a.p().statement(), ctx.film.title(), ctx.subject(a.fact()), c.text(), a.others());
            if (ctx.statements.add(ValueMatcher.normalized(statement))) {
                return c;
            }
        }
        return null;
    }

    private Draft multipleChoice(FilmContext ctx, Asked a, String id, String stem, List<Peers.Candidate> wrong) {
        Fact fact = a.fact();
        List<String> options = new ArrayList<>(wrong.stream().map(Peers.Candidate::text).toList());
        options.add(a.answer());
        Collections.shuffle(options, new Random(seed(id) ^ 0x5DEECE66DL));
        Film film = ctx.film;
        String subject = ctx.subject(fact);
        double closeness = wrong.stream().mapToDouble(Peers.Candidate::closeness).average().orElse(0);
        Question q = new Question(id, film.id(), fact.id(), fact.predicate().category(), null, QuestionType.MULTIPLE,
                fill(stem, film.title(), subject, null, a.others()), fill(stem, "the film", subject, null, a.others()),
                List.copyOf(options), options.indexOf(a.answer()), explanation(ctx, a, null), citations(ctx, a.alike()),
                a.p().kind(), a.group(), wrong.stream().map(Peers.Candidate::text).toList(), null, a.answer(), a.family());
        return new Draft(q, signals(ctx, a, false, closeness));
    }

    private Draft trueFalse(FilmContext ctx, Asked a, String id, Peers.Candidate stated) {
        Fact fact = a.fact();
        Film film = ctx.film;
        String subject = ctx.subject(fact);
        String value = stated == null ? a.answer() : stated.text();
        String statement = a.p().statement();
        if (stated == null) {
            ctx.statements.add(ValueMatcher.normalized(fill(statement, film.title(), subject, value, a.others())));
        }
        Question q = new Question(id, film.id(), fact.id(), fact.predicate().category(), null, QuestionType.BOOLEAN,
                fill(statement, film.title(), subject, value, a.others()),
                fill(statement, "the film", subject, value, a.others()), List.of(TRUE, FALSE), stated == null ? 0 : 1,
                explanation(ctx, a, stated), citations(ctx, a.alike()), a.p().kind(), a.group(),
                stated == null ? List.of() : List.of(stated.text()), null, a.answer(), a.family());
        return new Draft(q, signals(ctx, a, true, stated == null ? 0.5 : stated.closeness()));
    }

    /** The signals of a question: its answer's sources and mentions counted over every wording that writes it. */
    private DifficultySignals signals(FilmContext ctx, Asked a, boolean trueFalse, double closeness) {
        Fact fact = a.fact();
        boolean numeric = fact.value() instanceof Value.Quantity || fact.value() instanceof Value.DateRange;
        int prominence = a.alike().stream().mapToInt(ctx::prominence).max().orElse(0);
        return new DifficultySignals(ctx.witnesses(a.alike()), prominence, numeric, trueFalse, closeness,
                DifficultySignals.offScreen(a.p().learned(), fact.predicate().category()));
    }

    /**
     * The reveal: the true sentence for a multiple-choice or a true statement; for a false one, the stated value denied
     * the true sentence once ("False: Y composed the score of F."), since the player has just read the statement. The sources
     * are the citations beside it: a count of them in the sentence was clutter, and overstated the sources whenever
     * some said less than the sentence ("a tank" for "a fish tank").
     */
    private String explanation(FilmContext ctx, Asked a, Peers.Candidate stated) {
        String subject = ctx.subject(a.fact());
        String truth = closed(fill(a.p().statement(), ctx.film.title(), subject, a.answer(), a.others()))
                + (a.p().context() == null ? "" : " " + fill(a.p().context(), ctx.film.title(), subject, a.answer(),
                        a.others()));
        if (stated == null) {
            return truth;
        }
        // Said once: the correction, not the statement denied and then corrected (the seventh blind review found
        // "False: X did not ... . Y ..." restating the question twice).
        return "False: " + truth;
    }

    /** The sentence with its full stop: one of its own, or one closing the quotation it ends with. */
    private static String closed(String s) {
        return s.endsWith(".") || s.endsWith(".\"") ? s : s + ".";
    }


    /**
     * Each supporting quote, widened to the whole sentence (or clause) of its document that states the fact. A source
     * verification trusts less than {@code citeTrust} is cited only when no trusted source states the fact.
     */
    private static List<Citation> citations(FilmContext ctx, List<Fact> facts) {
        Set<Citation> citations = new LinkedHashSet<>();
        for (Fact fact : facts) {
            for (Fact.Evidence e : ctx.cited(fact)) {
                Source source = ctx.sources.get(e.sourceId());
                citations.add(new Citation(e.sourceId(), source.title(), Clauses.around(source.text(), e.quote())));
            }
        }
        return List.copyOf(citations);
    }

    /** How an answer is written: the phrasing's display, else the pool entry that names it fully, else as given. */
    private String display(FilmContext ctx, Phrasing p, String raw) {
        if (p.display() != null) {
            for (Map.Entry<String, String> e : p.display().entrySet()) {
                if (ValueMatcher.normalized(e.getKey()).equals(ValueMatcher.normalized(raw))) {
                    return e.getValue();
                }
            }
        }
        Matcher minutes = MINUTE.matcher(raw);
        if (minutes.matches() && !"one".equalsIgnoreCase(minutes.group(1)) && !"1".equals(minutes.group(1))) {
            return raw + "s";
        }
        Set<String> words = words(raw);
        for (String entry : ctx.pool(p.kind()).entries()) {
            if (!words.isEmpty() && words(entry).containsAll(words)) {
                return entry;
            }
        }
        return raw;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(List.of(ValueMatcher.normalized(text).split(" ")));
        words.removeAll(Set.of("", "a", "an", "the", "of", "best"));
        return words;
    }

    /**
     * Fair wrong options for the fact, of its kind only, most suitable first: never the answer or a near-duplicate of
     * it or of each other, never a value any source gives for this item or for any item of the same kind in the film,
     * never a value the phrasing excludes, and for people never anyone the film's sources name.
     */
    private List<Peers.Candidate> wrongOptions(FilmContext ctx, Fact fact, Phrasing p, Random random) {
        Value answer = fact.value();
        List<Value> asserted = ctx.asserted(fact.predicate(), fact.subject());
        if (answer instanceof Value.Quantity q) {
            List<String> raws = NumberDistractors.quantities(q, asserted, OPTIONS - 1, random);
            return raws.stream().map(r -> new Peers.Candidate(display(ctx, p, r), closeness(q, r))).toList();
        }
        if (answer instanceof Value.DateRange d) {
            List<String> raws = NumberDistractors.dates(d, ctx.yearsMentioned, asserted, OPTIONS - 1, random);
            return raws.stream().map(r -> new Peers.Candidate(r, closeness(d, r))).toList();
        }
        Set<String> excluded = new HashSet<>();
        if (p.exclude() != null) {
            p.exclude().forEach(e -> excluded.add(ValueMatcher.normalized(e)));
        }
        List<Peers.Candidate> candidates;
        ValueType type;
        String kind = p.kind();
        if (data.roles().contains(kind)) {
            type = ValueType.PERSON;
            Sex sex = QuestionData.PERFORMERS.contains(kind) ? ctx.sexOf(fact) : null;
            Person known = ctx.person(answer.raw());
            candidates = Peers.choose(data.people(), kind, sex, known == null ? null : known.born(), ctx.film.year(),
                    ctx.industry, ctx::linked, OPTIONS - 1, random);
        } else if (QuestionData.CHARACTER.equals(kind)) {
            type = ValueType.CHARACTER;
            Sex sex = FilmQuestionData.sexOf(ctx.data.characters(), answer.raw());
            candidates = shuffled(ctx.characters().stream()
                    .filter(c -> sex == null || FilmQuestionData.sexOf(ctx.data.characters(), c) == null
                            || FilmQuestionData.sexOf(ctx.data.characters(), c) == sex)
                    .toList(), random);
        } else if (QuestionData.CAST_MEMBER.equals(kind)) {
            type = ValueType.PERSON;
            candidates = shuffled(ctx.castPeople(), random);
        } else {
            type = ValueType.TEXT;
            Pool pool = ctx.pool(kind);
            String family = answerFamily(ctx, p, display(ctx, p, answer.raw()));
            boolean close = family != null && pool.hasFamilies();
            List<String> texts = close ? pool.families().get(family) : pool.entries();
            candidates = shuffled(texts, random).stream().map(c -> new Peers.Candidate(c.text(), close ? 1 : 0.5)).toList();
        }
        List<Value> taken = new ArrayList<>(List.of(new Value.Name(type, display(ctx, p, answer.raw())), answer));
        // A value the sources give another item of the same kind may be true here too ("sailor" is One's former
        // job): not offered. Characters and people answer many items each, so for them only this item counts.
        List<Value> sameKind = type == ValueType.TEXT ? ctx.assertedOfKind(kind) : List.of();
        List<Peers.Candidate> picked = new ArrayList<>();
        for (Peers.Candidate c : candidates) {
            Value v = new Value.Name(type, c.text());
            if (excluded.contains(ValueMatcher.normalized(c.text())) || taken.stream().anyMatch(t -> clash(t, v))
                    || asserted.stream().anyMatch(a -> clash(a, v)) || sameKind.stream().anyMatch(a -> clash(a, v))) {
                continue;
            }
            taken.add(v);
            picked.add(c);
        }
        return picked;
    }

    private static List<Peers.Candidate> shuffled(List<String> texts, Random random) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(texts));
        Collections.sort(sorted);
        Collections.shuffle(sorted, random);
        return sorted.stream().map(t -> new Peers.Candidate(t, 0.5)).toList();
    }

    /** 1 when the wrong quantity is at the answer, falling to 0 at twice (or zero times) the answer. */
    private static double closeness(Value.Quantity answer, String raw) {
        Value.Quantity q = (Value.Quantity) ValueParser.parse(answer.type(), raw);
        double a = (answer.low() + answer.high()) / 2;
        double b = (q.low() + q.high()) / 2;
        return a == 0 ? 0 : Math.max(0, 1 - Math.abs(b - a) / Math.abs(a));
    }

    /** 1 when the wrong date is at the answer, falling to 0 three years away. */
    private static double closeness(Value.DateRange answer, String raw) {
        Value.DateRange d = (Value.DateRange) ValueParser.parse(answer.type(), raw);
        long days = Math.abs(ChronoUnit.DAYS.between(answer.first(), d.first()));
        return Math.max(0, 1 - days / (3 * 365.0));
    }

    /** Whether two values are the same or too alike to stand side by side as options. */
    private boolean clash(Value a, Value b) {
        if (a instanceof Value.Countries ca) {
            return ca.countries().stream().anyMatch(c -> sameText(c, b.raw()));
        }
        if (a.type() == ValueType.CHARACTER && b.type() == ValueType.CHARACTER && oneNamesTheOther(a.raw(), b.raw())) {
            return true; // "Irvin" and "Uncle Irvin" are one character
        }
        Value b2 = a.type() == b.type() ? b : new Value.Name(a.type() == ValueType.COUNTRIES ? ValueType.TEXT : a.type(), b.raw());
        return (a instanceof Value.Name && matcher.same(a, b2)) || sameText(a.raw(), b.raw());
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

    /**
     * The family of its kind's pool that an answer (as written) belongs to: the phrasing's {@code family}, else the
     * family of the pool entry that is the answer; null when neither says.
     */
    private static String answerFamily(FilmContext ctx, Phrasing p, String answer) {
        if (p.family() != null) {
            return p.family();
        }
        return p.kind() == null || QuestionData.numeric(p.kind()) ? null : ctx.pool(p.kind()).familyOf(answer);
    }

    /**
     * A phrasing's text filled in; "a {answer}" takes "an" before a vowel, "{s}" is "s" unless the answer is one, and
     * "{others}" names the item's other values.
     */
    static String fill(String pattern, String film, String subject, String answer, String others) {
        String s = pattern.replace(Phrasing.OTHERS, others == null ? "" : others);
        if (answer != null) {
            Matcher m = ARTICLE.matcher(s);
            boolean vowel = !answer.isEmpty() && "aeiouAEIOU".indexOf(answer.charAt(0)) >= 0;
            s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + (vowel ? "n " : " ") + "{answer}"));
            boolean one = answer.equals("1") || answer.equalsIgnoreCase("one");
            s = s.replace("{s}", one ? "" : "s");
        }
        s = s.replace("{film}", film).replace("{subject}", subject == null ? "" : subject)
                .replace("{answer}", answer == null ? "" : answer);
        // A quoted answer that ends its own sentence ("... just a dream.") closes the statement: no second full stop.
        if (s.endsWith(".\".")) {
            s = s.substring(0, s.length() - 1);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static QuestionSet.SkippedFact skip(Fact fact, String reason) {
        return new QuestionSet.SkippedFact(fact.id(), fact.predicate().key(), fact.subject(), fact.value().raw(), reason);
    }

    private static QuestionSet.FilmStats stats(FilmVerification film, List<Question> made,
            List<QuestionSet.SkippedFact> skipped) {
        Map<String, Long> notSupported = new TreeMap<>();
        for (Fact f : film.facts()) {
            if (f.verdict() != Verdict.SUPPORTED) {
                notSupported.merge(f.verdict().name(), 1L, Long::sum);
            }
        }
        int used = (int) made.stream().map(Question::factId).distinct().count();
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

    /** What the film's sources and data say, for phrasing its questions and keeping wrong options wrong. */
    final class FilmContext implements QualityGate.Kinds {
        final Film film;
        final FilmVerification verification;
        final FilmQuestionData data;
        final Map<String, Source> sources;
        final List<Integer> yearsMentioned;
        final Set<String> industry;
        /** Statements already made in this film (normalised), so that no two true/false questions read alike. */
        final Set<String> statements = new HashSet<>();
        /** The true/false questions to make once every item is asked, balanced between true and false. */
        final List<Pending> statementsToMake = new ArrayList<>();
        /** The film's documents normalised, each between two spaces so that a word is looked up as " word ". */
        private final List<String> documents;
        private final List<String> namedPeople;
        private final Map<String, List<Value>> assertedByKind = new HashMap<>();
        /** Every value asserted, by predicate and normalised subject ("" for none), in the order of the claims. */
        private final Map<Predicate, Map<String, List<Value>>> assertedValues = new EnumMap<>(Predicate.class);
        private final Map<String, Double> trust;

        FilmContext(FilmVerification verification, FilmQuestionData data) {
            this.verification = verification;
            this.film = verification.film();
            this.data = data;
            this.sources = verification.sources().stream().collect(Collectors.toMap(Source::id, s -> s));
            this.documents = verification.sources().stream().map(s -> " " + ValueMatcher.normalized(s.text()) + " ")
                    .toList();
            this.trust = verification.standings().stream()
                    .collect(Collectors.toMap(SourceStanding::sourceId, SourceStanding::trust));
            this.namedPeople = verification.claims().stream().filter(c -> c.value().type() == ValueType.PERSON)
                    .map(c -> c.value().raw()).distinct().toList();
            List<Integer> years = new ArrayList<>(List.of(film.year()));
            for (Claim c : verification.claims()) {
                assertedValues.computeIfAbsent(c.predicate(), k -> new HashMap<>())
                        .computeIfAbsent(c.subject() == null ? "" : matcher.key(c.subject()), k -> new ArrayList<>())
                        .add(c.value());
                if (c.value() instanceof Value.DateRange d) {
                    years.add(d.first().getYear());
                    years.add(d.last().getYear());
                }
                Phrasing p = phrasing(c.predicate(), c.subject());
                if (p != null && p.kind() != null) {
                    assertedByKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(c.value());
                }
            }
            this.yearsMentioned = List.copyOf(years);
            Set<String> countries = new LinkedHashSet<>();
            for (Fact f : verification.facts(Verdict.SUPPORTED)) {
                if (f.value() instanceof Value.Countries c) {
                    countries.addAll(c.countries());
                }
            }
            this.industry = Set.copyOf(countries);
        }

        /** The SUPPORTED facts grouped by item (predicate and subject), items and facts in a stable order. */
        List<List<Fact>> items() {
            Map<String, List<Fact>> byItem = new TreeMap<>();
            verification.facts(Verdict.SUPPORTED).stream().sorted(Comparator.comparing(Fact::id))
                    .forEach(f -> byItem.computeIfAbsent(FilmQuestionData.key(f.predicate(), f.subject()),
                            k -> new ArrayList<>()).add(f));
            return List.copyOf(byItem.values());
        }

        /** The generic phrasing merged with the film's, or null when neither phrases the item. */
        Phrasing phrasing(Predicate predicate, String subject) {
            Phrasing generic = QuestionGenerator.this.data.predicates().get(predicate);
            Phrasing own = data.item(predicate, subject);
            if (generic == null && own == null) {
                return null;
            }
            return (generic == null ? Phrasing.NONE : generic).with(own);
        }

        String subject(Fact fact) {
            return fact.subject() == null ? null : QuestionGenerator.this.data.subjects().getOrDefault(fact.subject(), fact.subject());
        }

        /** The predicate whose SUPPORTED fact with the same value already asks this one, or null. */
        String coveredBy(Fact fact, Phrasing p) {
            if (p.coveredBy() == null) {
                return null;
            }
            for (Fact other : verification.facts(Verdict.SUPPORTED)) {
                if (p.coveredBy().contains(other.predicate().key()) && other.value().type() == fact.value().type()
                        && matcher.same(other.value(), fact.value())) {
                    return other.predicate().key() + (other.subject() == null ? "" : " (" + other.subject() + ")");
                }
            }
            return null;
        }

        /**
         * How prominent a fact is in the documents: how many mention its answer, or, when its subject is a character of
         * the film, the character if fewer mention that (a famous actor in a minor role is as prominent as the role).
         * Other subjects are topics ("Where Krank lives"), whose words say nothing of prominence.
         */
        int prominence(Fact fact) {
            int answer = mentions(fact.value().raw());
            boolean character = fact.subject() != null && characters().stream().anyMatch(c -> sameText(c, fact.subject()));
            int subject = character ? mentions(fact.subject()) : 0;
            return subject > 0 ? Math.min(answer, subject) : answer;
        }

        /** How many of the film's documents mention the text at all. */
        int mentions(String text) {
            String key = ValueMatcher.normalized(text);
            return key.isEmpty() ? 0 : (int) documents.stream().filter(d -> d.contains(" " + key + " ")).count();
        }

        /** Every value any source asserts for this (predicate, subject), whatever its verdict. */
        List<Value> asserted(Predicate predicate, String subject) {
            return assertedValues.getOrDefault(predicate, Map.of())
                    .getOrDefault(subject == null ? "" : matcher.key(subject), List.of());
        }

        /** Every value any source asserts for any item of this kind in the film. */
        List<Value> assertedOfKind(String kind) {
            return assertedByKind.getOrDefault(kind, List.of());
        }

        /** Whether the film's sources name this person anywhere: as a claim's value, or in a document's text. */
        boolean linked(String person) {
            if (data.notOptions().stream().anyMatch(n -> sameText(n, person))) {
                return true;
            }
            String key = " " + matcher.key(person) + " ";
            return namedPeople.stream().anyMatch(p -> sameText(p, person))
                    || documents.stream().anyMatch(d -> d.contains(key));
        }

        Person person(String name) {
            return QuestionGenerator.this.data.people().stream().filter(p -> sameText(p.name(), name)).findFirst()
                    .orElse(null);
        }

        /** The sex that wrong options must share: the character's for a cast fact, else the person's if known. */
        Sex sexOf(Fact fact) {
            if (fact.predicate() == Predicate.CAST) {
                Sex sex = FilmQuestionData.sexOf(data.characters(), fact.subject());
                if (sex != null) {
                    return sex;
                }
            }
            Person known = person(fact.value().raw());
            return known != null ? known.sex() : FilmQuestionData.sexOf(data.people(), fact.value().raw());
        }

        /** The film's characters: those its data lists, else every character its claims name. */
        List<String> characters() {
            if (!data.characters().isEmpty()) {
                return List.copyOf(new java.util.TreeSet<>(data.characters().keySet()));
            }
            Set<String> chars = new LinkedHashSet<>();
            for (Claim c : verification.claims()) {
                if (c.predicate() == Predicate.CAST) {
                    chars.add(c.subject());
                }
                if (c.value().type() == ValueType.CHARACTER) {
                    chars.add(c.value().raw());
                }
            }
            return List.copyOf(chars);
        }

        /** The people SUPPORTED facts put in the film's cast. */
        List<String> castPeople() {
            return verification.facts(Verdict.SUPPORTED).stream()
                    .filter(f -> f.predicate() == Predicate.CAST || f.predicate() == Predicate.STARS)
                    .map(f -> f.value().raw()).distinct().toList();
        }

        /** The shipped pool of a kind, then the film's own. */
        Pool pool(String kind) {
            return QuestionGenerator.this.data.pools().getOrDefault(kind, Pool.EMPTY)
                    .plus(data.pools().getOrDefault(kind, Pool.EMPTY));
        }

        /** Whether verification trusts the source enough to cite it beside others. */
        boolean trusted(String sourceId) {
            return trust.getOrDefault(sourceId, 0.0) >= citeTrust;
        }

        /** The fact's supporting claims from trusted sources, or all of them when no trusted source states it. */
        List<Fact.Evidence> trustedEvidence(Fact fact) {
            List<Fact.Evidence> trustedOnes = fact.supporting().stream().filter(e -> trusted(e.sourceId())).toList();
            return trustedOnes.isEmpty() ? fact.supporting() : trustedOnes;
        }

        /**
         * The claims a reveal cites: the trusted ones, and of those, when any states the value as the fact writes it,
         * only those: "Judith Vittet" rather than a misspelt "Judith Villet", "a fish tank" rather than "a tank", which
         * says less than the reveal. Numbers, dates and countries are cited whatever their wording.
         */
        List<Fact.Evidence> cited(Fact fact) {
            List<Fact.Evidence> trustedOnes = trustedEvidence(fact);
            if (!(fact.value() instanceof Value.Name)) {
                return trustedOnes;
            }
            String canonical = ValueMatcher.normalized(fact.value().raw());
            List<Fact.Evidence> asWritten = trustedOnes.stream()
                    .filter(e -> ValueMatcher.normalized(e.value()).equals(canonical)).toList();
            return asWritten.isEmpty() ? trustedOnes : asWritten;
        }

        /** The independent witnesses among the trusted sources stating the fact, in any wording (copies count once). */
        int witnesses(Fact fact) {
            return witnesses(List.of(fact));
        }

        /**
         * The independent witnesses among the trusted sources stating any of these facts (wordings of one answer): a
         * document that states two of them, or copies another that does, is one witness.
         */
        int witnesses(List<Fact> facts) {
            List<Set<String>> witnesses = new ArrayList<>();
            for (Fact fact : facts) {
                Set<String> trustedOnes = trustedEvidence(fact).stream().map(Fact.Evidence::sourceId)
                        .collect(Collectors.toSet());
                for (List<String> w : fact.witnessSources()) {
                    if (w.stream().anyMatch(trustedOnes::contains)) {
                        Set<String> merged = new HashSet<>(w);
                        for (Iterator<Set<String>> it = witnesses.iterator(); it.hasNext(); ) {
                            Set<String> other = it.next();
                            if (!Collections.disjoint(other, merged)) {
                                merged.addAll(other);
                                it.remove();
                            }
                        }
                        witnesses.add(merged);
                    }
                }
            }
            return witnesses.isEmpty() ? facts.get(0).witnesses() : witnesses.size();
        }

        @Override
        public String family(String kind) {
            return QuestionGenerator.this.data.roles().contains(kind) ? "person" : kind;
        }

        @Override
        public boolean belongs(String kind, String option) {
            if (QuestionData.numeric(kind)) {
                try {
                    ValueParser.parse(ValueType.valueOf(kind.toUpperCase(Locale.ROOT)), option);
                    return true;
                } catch (IllegalArgumentException e) {
                    return option.matches(".*\\d.*") || ValueParser.numberWord(option.split(" ")[0].toLowerCase(Locale.ROOT)) != null;
                }
            }
            if (QuestionGenerator.this.data.roles().contains(kind)) {
                Person p = person(option);
                return p != null ? p.roles().contains(kind) : castPeople().contains(option);
            }
            if (QuestionData.CHARACTER.equals(kind)) {
                return characters().stream().anyMatch(c -> sameText(c, option));
            }
            if (QuestionData.CAST_MEMBER.equals(kind)) {
                return castPeople().contains(option);
            }
            return pool(kind).entries().contains(option);
        }

        @Override
        public Pool families(String kind) {
            return QuestionData.numeric(kind) || QuestionGenerator.this.data.roles().contains(kind) ? null : pool(kind);
        }
    }
}
