package io.cinequiz.question;

import io.cinequiz.catalog.ValueMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editor's checks on a film's questions, in figures: stems that are not questions, statements that are not
 * sentences, wrong options of another kind than the answer, wrong options used for two kinds, wrong options from
 * another family of their pool than the answer (implausible), page clutter, stems asked more than three times, the
 * same answer asked more than twice, answers that a question of another group names (given away), stems that give
 * their own answer away (a word of the answer in the stem, or the answer alone in its form among the options), groups
 * of questions that give each other away holding more than three, difficulty labels covering more than half of the
 * film, and true/false questions lopsided towards one answer (over 60% True, or over 60% False). A build test fails on any of them; the stats endpoint
 * reports them per film. The checks read the questions' text, not how they were made.
 */
final class QualityGate {

    static final int MAX_STEM_REPEATS = 3;
    /** How often one answer may be the answer of a film's questions: one fact in its two forms. */
    static final int MAX_ANSWER_REPEATS = 2;
    /** How many questions may give each other away (one group): one fact in two forms, and one more. */
    static final int MAX_GROUP_SIZE = 3;
    static final double MAX_LABEL_SHARE = 0.5;
    /** The most of a film's true/false questions one answer may cover: a player always answering it gets no more. */
    static final double MAX_TRUE_FALSE_SHARE = 0.6;
    private static final Pattern INTERROGATIVE = Pattern.compile(
            "(?i)\\b(who|whom|whose|what|which|where|when|why|how)\\b|^(is|are|was|were|did|does|do|has|have|had|can|could)\\b");
    private static final Pattern LABEL = Pattern.compile("\\s[\u2014\u2013]\\s|(?<=[\\p{L})]):\\s|\\btrivia\\b");
    /** A finite verb: a common one, or a lower-case word ending in -s or -ed ("kidnaps", "directed"). */
    private static final Pattern VERB = Pattern.compile("\\b(is|are|was|were|be|been|has|have|had|does|did|do|can|"
            + "could|will|would|shot|grow|grew|made|make|wrote|write|sang|sing|won|win|became|become|took|take|came|"
            + "come|went|go|led|lead|meant|mean|kept|keep|met|left|got|gave|give|set|put|ran|run|saw|see|said|say|"
            + "told|tell|began|begin|fell|found|felt|held|heard|knew|lost|paid|sold|sent|spent|stood|wore|wear)\\b"
            + "|\\b[a-z]{2,}(s|ed)\\b");
    private static final Pattern CLUTTER = Pattern.compile("(?i)\\b(price[ds]?|votes?|user reviews|critic reviews|"
            + "popularity|ranking|blu-ray|dvd|edition|amazon|streaming|box set|imdb|rotten tomatoes|metacritic|"
            + "aspect ratio|user rating|audience score|award nominations?|how many awards|rated [a-z0-9-]+ for)\\b");

    private QualityGate() {
    }

    /** Tells whether a text is a value of a kind (a pool entry, a person of that role, a number...). */
    interface Kinds {
        boolean belongs(String kind, String option);

        /**
         * The kind a wrong option stands for when counting kinds: a person of several roles may be a wrong option for
         * each of them (whether each use fits its role is checked by {@link #belongs}), so roles count as one.
         */
        default String family(String kind) {
            return kind;
        }

        /** The pool of a text kind, whose families say which options are close to which; null for other kinds. */
        default Pool families(String kind) {
            return null;
        }
    }

    /**
     * The figures for one film. Each list names the offending questions (by id, with the offending text).
     *
     * @param implausibleOptions wrong options from another family of their pool than the answer's, or from a pool of
     *                          families when the answer's family is unknown
     * @param stemsRepeated     stems asked more than three times, with their count
     * @param answersRepeated   answers asked more than twice (near-repeats: one thing asked by several items), with
     *                          their count
     * @param answersGivenAway  multiple-choice answers that a question of another group names in its stem or options,
     *                          so that serving that one first gives this one away ("Ron Perlman spoke no French when he
     *                          was cast in F" before "Who played One in F?"): such questions belong in one group
     * @param answersInStem     multiple-choice questions that give their own answer away: a significant word of the
     *                          answer that the stem shows and no wrong option has ("Which harbour job did One have?"
     *                          for "harbour pilot"), or an answer alone in its form among the options (the only bare
     *                          noun among phrases with an article, the only adverb among phrases with a preposition,
     *                          one word against phrases over three times as long)
     * @param groupsTooLarge    groups of questions that give each other away holding more than three, with their count
     * @param difficultyShares  the share of the film's questions under each label
     * @param trueFalseShares   the share of the film's true/false questions whose answer is True, and False; one over
     *                          0.6 fails (a player always answering it would score that much), unless it is only one
     *                          question over an even split (one true statement alone is not lopsided)
     * @param wordsGivenAway    multiple-choice answers a distinctive word of which a question of another group shows in
     *                          its stem (without the film's title) or its wrong options ("Krank's rig" in a stem when
     *                          "Where is Krank's lair?" answers "an oil rig out at sea")
     * @param sourceTalk        explanations that talk about sources or their writers ("One source calls ...", "the
     *                          reader who points it out") rather than about the film, unless the question itself asks
     *                          about critics or reviews
     */
    record Report(int questions, List<String> stemsNotQuestions, List<String> statementsNotSentences,
            List<String> optionsOfAnotherKind, List<String> wrongOptionsSharedAcrossKinds,
            List<String> implausibleOptions, List<String> clutter, Map<String, Long> stemsRepeated,
            Map<String, Long> answersRepeated, List<String> answersGivenAway, List<String> answersInStem,
            Map<String, Long> groupsTooLarge, Map<String, Double> difficultyShares, Map<String, Double> trueFalseShares,
            boolean trueFalseLopsided, List<String> wordsGivenAway, List<String> sourceTalk) {

        public boolean passes() {
            return stemsNotQuestions.isEmpty() && statementsNotSentences.isEmpty() && optionsOfAnotherKind.isEmpty()
                    && wrongOptionsSharedAcrossKinds.isEmpty() && implausibleOptions.isEmpty() && clutter.isEmpty()
                    && stemsRepeated.isEmpty() && answersRepeated.isEmpty() && answersGivenAway.isEmpty()
                    && answersInStem.isEmpty() && groupsTooLarge.isEmpty() && difficultyShares.values().stream().allMatch(s -> s <= MAX_LABEL_SHARE)
                    && !trueFalseLopsided && wordsGivenAway.isEmpty() && sourceTalk.isEmpty();
        }
    }

    static Report check(List<Question> questions, Kinds kinds) {
        List<String> notQuestions = new ArrayList<>();
        List<String> notSentences = new ArrayList<>();
        List<String> otherKind = new ArrayList<>();
        List<String> clutter = new ArrayList<>();
        List<String> implausible = new ArrayList<>();
        List<String> answersInStem = new ArrayList<>();
        Map<String, Set<String>> kindsOfWrong = new TreeMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.MULTIPLE && !isQuestion(q.stem())) {
                notQuestions.add(q.id() + ": " + q.stem());
            }
            if (q.type() == QuestionType.BOOLEAN && !isSentence(q.stem())) {
                notSentences.add(q.id() + ": " + q.stem());
            }
            if (CLUTTER.matcher(q.stem()).find()) {
                clutter.add(q.id() + ": " + q.stem());
            }
            for (String wrong : q.wrongValues()) {
                if (!kinds.belongs(q.kind(), wrong)) {
                    otherKind.add(q.id() + ": '" + wrong + "' is not a " + q.kind());
                }
                kindsOfWrong.computeIfAbsent(ValueMatcher.normalized(wrong), k -> new TreeSet<>()).add(kinds.family(q.kind()));
            }
            implausible.addAll(implausible(q, kinds.families(q.kind())));
            String giveaway = q.type() == QuestionType.MULTIPLE ? answerGivenByItsOwnQuestion(q) : null;
            if (giveaway != null) {
                answersInStem.add(q.id() + ": " + giveaway + " (" + q.stem() + " " + q.options() + ")");
            }
        }
        List<String> shared = kindsOfWrong.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        Map<String, Long> repeated = questions.stream()
                .collect(Collectors.groupingBy(q -> q.stem(), TreeMap::new, Collectors.counting()));
        repeated.values().removeIf(n -> n <= MAX_STEM_REPEATS);
        Map<String, Long> answers = questions.stream().filter(q -> q.answer() != null)
                .collect(Collectors.groupingBy(q -> ValueMatcher.normalized(q.answer()), TreeMap::new, Collectors.counting()));
        answers.values().removeIf(n -> n <= MAX_ANSWER_REPEATS);
        Map<String, Long> groups = questions.stream()
                .collect(Collectors.groupingBy(Question::group, TreeMap::new, Collectors.counting()));
        groups.values().removeIf(n -> n <= MAX_GROUP_SIZE);
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<Difficulty, Long> byLabel = questions.stream()
                .collect(Collectors.groupingBy(Question::difficulty, TreeMap::new, Collectors.counting()));
        byLabel.forEach((d, n) -> shares.put(d.key(), Math.round(1000.0 * n / questions.size()) / 1000.0));
        List<Question> trueFalse = questions.stream().filter(q -> q.type() == QuestionType.BOOLEAN).toList();
        long trues = trueFalse.stream().filter(q -> q.correctIndex() == 0).count();
        long falses = trueFalse.size() - trues;
        Map<String, Double> tfShares = new LinkedHashMap<>();
        if (!trueFalse.isEmpty()) {
            tfShares.put(QuestionGenerator.TRUE, Math.round(1000.0 * trues / trueFalse.size()) / 1000.0);
            tfShares.put(QuestionGenerator.FALSE, Math.round(1000.0 * falses / trueFalse.size()) / 1000.0);
        }
        return new Report(questions.size(), List.copyOf(notQuestions), List.copyOf(notSentences), List.copyOf(otherKind),
                shared, List.copyOf(implausible), List.copyOf(clutter), Map.copyOf(repeated), Map.copyOf(answers),
                givenAway(questions), List.copyOf(answersInStem), Map.copyOf(groups), shares, tfShares,
                lopsided(trues, falses), wordsGivenAway(questions), sourceTalk(questions));
    }

    /** Words that, in a player-facing explanation, talk about where a fact was read rather than about the film. */
    private static final Pattern SOURCE_TALK = Pattern.compile("(?i)\\b(sources?|readers?|reviewers?|critics?|"
            + "commenters?|commentators?|bloggers?|pages?|websites?|according to)\\b");
    /** A question about the film's reception, whose explanation may name critics and reviews. */
    private static final Pattern ABOUT_CRITICS = Pattern.compile("(?i)\\b(critics?|reviewers?|reviews?|reception)\\b");

    /**
     * Explanations that speak of sources, readers, reviewers, critics, commenters or pages: the reveal speaks about the
     * film (in a film whose hero is called One, "One source calls ..." reads as the hero). A question that itself asks
     * about critics' reception may name them.
     */
    static List<String> sourceTalk(List<Question> questions) {
        List<String> found = new ArrayList<>();
        for (Question q : questions) {
            java.util.regex.Matcher m = SOURCE_TALK.matcher(q.explanation() == null ? "" : q.explanation());
            if (m.find() && !ABOUT_CRITICS.matcher(q.stem()).find()) {
                found.add(q.id() + ": the explanation speaks of '" + m.group() + "' (" + q.explanation() + ")");
            }
        }
        return List.copyOf(found);
    }

    /**
     * Multiple-choice answers a distinctive word of which a question of another group shows in its stem (read
     * without the film's title), its wrong options or its reveal: "rig" in "What is the fate of Krank's rig?" answers "Where is
     * Krank's lair?" (an oil rig out at sea) for a player served both. A distinctive word is a significant word of the
     * answer (no article, preposition, pronoun or auxiliary) that is not a word of the film's characters' names (which
     * are named throughout: {@link QuestionData#CHARACTER} answers are exempt, as in {@link #givenAway}) nor of the film's
     * title, and that no
     * more than a quarter of the film's questions show (a word every stem uses, such as "city" in a film called "The
     * City of ...", tells nothing). Names and titles (an answer with a capital start) are left to {@link #givenAway},
     * which looks for them whole. Synonyms ("harbour" for "a port city") are the editor's to see.
     */
    static List<String> wordsGivenAway(List<Question> questions) {
        Map<String, Long> shownBy = new TreeMap<>();
        Map<Question, Set<String>> shown = new LinkedHashMap<>();
        for (Question q : questions) {
            Set<String> w = words(q.shortStem() + " " + String.join(" ", q.wrongValues()));
            w.forEach(word -> shownBy.merge(word, 1L, Long::sum));
            // The reveal too: a player reads it before the next question ("Miette, a sharp-witted orphan girl" in
            // the reveal of who played her answered "What is Miette's background?", seventh blind review).
            w.addAll(words(q.explanation()));
            shown.put(q, w);
        }
        // Words of the characters' names, and of the film's title (what a stem shows beyond its short form).
        Set<String> characterWords = new TreeSet<>();
        questions.stream().filter(q -> QuestionData.CHARACTER.equals(q.kind()))
                .forEach(q -> q.options().forEach(o -> characterWords.addAll(words(o))));
        questions.forEach(q -> {
            Set<String> title = words(q.stem());
            title.removeAll(words(q.shortStem()));
            characterWords.addAll(title);
        });
        List<String> found = new ArrayList<>();
        for (Question q : questions) {
            // A name or a title (a capital start) is checked whole, by givenAway: "Jean" is no clue to "Jean-Paul Gaultier".
            if (q.type() != QuestionType.MULTIPLE || q.answer() == null || QuestionData.CHARACTER.equals(q.kind())
                    || q.answer().isBlank() || Character.isUpperCase(q.answer().codePointAt(0))) {
                continue;
            }
            for (String word : words(q.answer())) {
                if (characterWords.contains(word) || shownBy.getOrDefault(word, 0L) > questions.size() / 4) {
                    continue;
                }
                for (Question other : questions) {
                    if (!other.group().equals(q.group()) && shown.get(other).contains(word)) {
                        found.add(q.id() + ": '" + word + "', a word of its answer '" + q.answer() + "', is shown by "
                                + other.id() + " (" + other.shortStem() + " " + other.wrongValues() + ")");
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether one answer covers more than 60% of a film's true/false questions, so that a player who always gives it
     * scores that much without knowing anything. One question over an even split is not lopsided (a film with one,
     * or three, true/false questions cannot do better).
     */
    static boolean lopsided(long trues, long falses) {
        long more = Math.max(trues, falses);
        long total = trues + falses;
        return total > 0 && more > MAX_TRUE_FALSE_SHARE * total && more - Math.min(trues, falses) > 1;
    }

    /**
     * Multiple-choice answers that a question of another group shows, as a whole phrase, in its stem or its options:
     * whichever is served first gives the other away, so they belong in one group (never served together).
     */
    private static List<String> givenAway(List<Question> questions) {
        List<String> found = new ArrayList<>();
        for (Question q : questions) {
            String answer = q.type() == QuestionType.MULTIPLE && q.answer() != null ? ValueMatcher.normalized(q.answer()) : "";
            // A character is named throughout a film's questions: naming one gives away nothing of what it answers.
            if (answer.isEmpty() || QuestionData.CHARACTER.equals(q.kind())) {
                continue;
            }
            for (Question other : questions) {
                String shown = " " + ValueMatcher.normalized(other.stem() + " " + String.join(" ", other.options())) + " ";
                if (!other.group().equals(q.group()) && shown.contains(" " + answer + " ")) {
                    found.add(q.id() + ": its answer '" + q.answer() + "' is shown by " + other.id() + " (" + other.stem()
                            + ")");
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Why a multiple-choice question gives its own answer away, or null: a significant word of the answer that its
     * stem shows (read without the film's title, which every stem names) and that no wrong option has, or an answer
     * alone in its form among the options: the only one that starts otherwise (with an article, a preposition or
     * neither, for options that are not names or titles), or one word against wrong options all over three times as
     * long (or the reverse). A player who spots either needs to know nothing.
     */
    static String answerGivenByItsOwnQuestion(Question q) {
        if (q.answer() == null || q.wrongValues().isEmpty()) {
            return null;
        }
        Set<String> stem = words(q.shortStem());
        List<Set<String>> wrong = q.wrongValues().stream().map(QualityGate::words).toList();
        for (String word : words(q.answer())) {
            if (stem.contains(word) && wrong.stream().noneMatch(w -> w.contains(word))) {
                return "the stem shows '" + word + "', a word of the answer '" + q.answer() + "' that no wrong option has";
            }
        }
        String form = opening(q.answer());
        if (q.wrongValues().stream().noneMatch(w -> opening(w).equals(form))) {
            return "the answer '" + q.answer() + "' is the only option that starts " + form;
        }
        int length = length(q.answer());
        if (q.wrongValues().stream().allMatch(w -> Math.max(length, length(w)) > 3 * Math.min(length, length(w)))) {
            return "the answer '" + q.answer() + "' is " + length + " word(s) long, every wrong option over three times "
                    + (length == 1 ? "longer" : "longer or shorter");
        }
        return null;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "with", "from", "to", "into",
            "through", "for", "of", "as", "under", "over", "after", "before", "without", "inside", "onto");
    /** Words that say nothing of an answer: articles, prepositions, pronouns, conjunctions and auxiliaries. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at", "by",
            "with", "from", "to", "into", "through", "for", "as", "he", "she", "it", "they", "his", "her", "its", "their",
            "him", "them", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "who",
            "what", "which", "this", "that", "these", "those", "film", "few", "some", "other", "each", "out");

    /** How an option starts: with an article, a preposition, a capital (a name or a title), or another word. */
    private static String opening(String option) {
        String first = option.strip().split("\\s+")[0];
        if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0))) {
            return "with a capital (a name or a title)";
        }
        String word = first.toLowerCase(java.util.Locale.ROOT);
        return ARTICLES.contains(word) ? "with an article" : PREPOSITIONS.contains(word) ? "with a preposition"
                : Character.isDigit(word.isEmpty() ? 'x' : word.charAt(0)) || word.startsWith("$") ? "with a number"
                : "without an article or a preposition";
    }

    private static int length(String option) {
        return option.strip().split("\\s+").length;
    }

    /** The significant words of a text, folded, a plural "s" dropped ("sausages" and "sausage" are one word). */
    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String w : ValueMatcher.normalized(text).split(" ")) {
            if (w.length() > 2 && !FILLER.contains(w)) {
                words.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    /** The question's wrong values that are of another family of the pool than its answer. */
    private static List<String> implausible(Question q, Pool pool) {
        if (pool == null || !pool.hasFamilies() || q.wrongValues().isEmpty()) {
            return List.of();
        }
        if (q.family() == null) {
            return List.of(q.id() + ": the answer '" + q.answer() + "' has no family in the pool of " + q.kind()
                    + ", so its wrong options may come from any");
        }
        List<String> found = new ArrayList<>();
        for (String wrong : q.wrongValues()) {
            String family = pool.familyOf(wrong);
            if (!q.family().equals(family)) {
                found.add(q.id() + ": '" + wrong + "' is of the family " + family + " of " + q.kind() + ", the answer '"
                        + q.answer() + "' of " + q.family());
            }
        }
        return found;
    }

    /** A complete question: a capital first letter, an interrogative word, a question mark at the end, no label. */
    static boolean isQuestion(String stem) {
        String s = stem.strip();
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) && s.endsWith("?")
                && s.indexOf('?') == s.length() - 1 && INTERROGATIVE.matcher(s).find() && !LABEL.matcher(unquoted(s)).find();
    }

    /** A complete sentence: a capital or quoted start, a verb, a full stop at the end, no question, no label. */
    static boolean isSentence(String statement) {
        String s = statement.strip();
        boolean stop = s.endsWith(".") || s.endsWith(".\"") || s.endsWith(".\u201D"); // or a closing quotation's own
        if (s.isEmpty() || !stop || s.contains("?") || s.split("\\s+").length < 4) {
            return false;
        }
        int first = s.codePointAt(0);
        boolean start = Character.isUpperCase(first) || Character.isDigit(first) || "\"\u201C".indexOf(s.charAt(0)) >= 0;
        String bare = unquoted(s);
        return start && !LABEL.matcher(bare).find() && VERB.matcher(bare).find();
    }

    /** The text without its quoted titles, whose own punctuation is no label. */
    private static String unquoted(String s) {
        return s.replaceAll("\"[^\"]*\"|\u201C[^\u201D]*\u201D", "\"\"");
    }
}
