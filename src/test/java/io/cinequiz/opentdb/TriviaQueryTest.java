package io.cinequiz.opentdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.question.Difficulty;
import io.cinequiz.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriviaQueryTest {

    @Test
    void readsEveryParameter() {
        TriviaQuery q = TriviaQuery.parse("10", "11", "hard", "boolean", "base64", "1").orElseThrow();
        assertEquals(new TriviaQuery(10, 11, Difficulty.HARD, QuestionType.BOOLEAN, Encoding.BASE64, true), q);
    }

    @Test
    void onlyAmountIsRequired() {
        assertEquals(new TriviaQuery(1, null, null, null, Encoding.HTML, false),
                TriviaQuery.parse("1", null, "", null, null, null).orElseThrow());
    }

    @ParameterizedTest(name = "amount={0} category={1} difficulty={2} type={3} encode={4} ext={5}")
    @CsvSource(nullValues = "null", value = {
            "null,null,null,null,null,null",
            "0,null,null,null,null,null",
            "51,null,null,null,null,null",
            "ten,null,null,null,null,null",
            "5,8,null,null,null,null",
            "5,33,null,null,null,null",
            "5,film,null,null,null,null",
            "5,null,extreme,null,null,null",
            "5,null,null,open,null,null",
            "5,null,null,null,rot13,null",
            "5,null,null,null,null,yes" })
    void anyInvalidParameterInvalidatesTheQuery(String amount, String category, String difficulty, String type,
            String encode, String ext) {
        assertTrue(TriviaQuery.parse(amount, category, difficulty, type, encode, ext).isEmpty());
    }
}
