package io.cinequiz.opentdb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.cinequiz.question.Citation;
import io.cinequiz.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * A question as Open Trivia DB writes it, fields in its order; {@code id}, {@code film} and {@code citations} only
 * when {@code ext=1} asks for them. Every string is encoded as the request asked.
 */
@JsonPropertyOrder({ "type", "difficulty", "category", "question", "correct_answer", "incorrect_answers", "id", "film",
        "citations" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TriviaQuestion(String type, String difficulty, String category, String question,
        @JsonProperty("correct_answer") String correctAnswer,
        @JsonProperty("incorrect_answers") List<String> incorrectAnswers, String id, String film,
        List<Citation> citations) {

    public static TriviaQuestion of(Question q, Encoding e, boolean extended) {
        List<String> incorrect = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            if (i != q.correctIndex()) {
                incorrect.add(e.apply(q.options().get(i)));
            }
        }
        return new TriviaQuestion(e.apply(q.type().key()), e.apply(q.difficulty().key()),
                e.apply(Categories.name(Categories.FILM)), e.apply(q.stem()), e.apply(q.correctAnswer()),
                List.copyOf(incorrect), extended ? e.apply(q.id()) : null, extended ? e.apply(q.filmId()) : null,
                extended ? q.citations().stream().map(c -> new Citation(e.apply(c.sourceId()), e.apply(c.title()),
                        e.apply(c.quote()))).toList() : null);
    }
}
