package io.cinequiz.fairplay;

import io.cinequiz.question.QuestionBank;
import io.quarkus.arc.Arc;
import java.util.List;

/**
 * What a program that knows the facts does: find a served question in the bank by its text and pick the option whose
 * text is the answer. Possible by design (the facts are public); the fair-play flags are the answer to it.
 */
final class AnswerByText {

    private AnswerByText() {
    }

    static String of(String questionText, List<String> options) {
        QuestionBank bank = Arc.container().instance(QuestionBank.class).get();
        return bank.matching(q -> (q.stem().equals(questionText) || q.shortStem().equals(questionText))
                        && options.containsAll(q.options())).stream()
                .findFirst().orElseThrow(() -> new AssertionError("not in the bank: " + questionText)).correctAnswer();
    }
}
