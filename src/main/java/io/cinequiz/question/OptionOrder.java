package io.cinequiz.question;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order in which one play (a session's question, a room's round) shows a question's options: shown position i is
 * the question's option {@code bank[i]}. Multiple-choice options are shuffled for every play, so that knowing a
 * question's correct index from elsewhere says nothing about a play; true/false keeps True, False.
 */
public final class OptionOrder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int[] bank;

    private OptionOrder(int[] bank) {
        this.bank = bank;
    }

    /** A new order for one play of {@code question}. */
    public static OptionOrder forPlay(Question question) {
        int n = question.options().size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (question.type() != QuestionType.BOOLEAN) {
            for (int i = n - 1; i > 0; i--) {
                int j = RANDOM.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return new OptionOrder(order);
    }

    /** An order stored with {@link #encode()}; null (rows from before per-play orders) is the question's own order. */
    public static OptionOrder decode(String stored, Question question) {
        if (stored == null || stored.isEmpty()) {
            int[] identity = new int[question.options().size()];
            Arrays.setAll(identity, i -> i);
            return new OptionOrder(identity);
        }
        return new OptionOrder(Arrays.stream(stored.split(",")).mapToInt(Integer::parseInt).toArray());
    }

    /** The order as stored: the bank indexes, comma-separated ("2,0,3,1"). */
    public String encode() {
        return Arrays.stream(bank).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /** The question's option shown at {@code shown}. */
    public int toBank(int shown) {
        return bank[shown];
    }

    /** Where the question's option {@code bankIndex} is shown. */
    public int toShown(int bankIndex) {
        for (int i = 0; i < bank.length; i++) {
            if (bank[i] == bankIndex) {
                return i;
            }
        }
        throw new IllegalArgumentException("option " + bankIndex + " is not in this order");
    }

    public int size() {
        return bank.length;
    }

    /** The options in shown order. */
    public List<String> apply(List<String> options) {
        List<String> shown = new ArrayList<>(bank.length);
        for (int i : bank) {
            shown.add(options.get(i));
        }
        return List.copyOf(shown);
    }
}
