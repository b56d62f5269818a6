package io.cinequiz.opentdb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The bodies of the OpenTDB-compatible API, with Open Trivia DB's field names. */
public final class OpenTdbResponses {

    /** Response codes of {@code /api.php} and {@code /api_token.php}. */
    public static final int SUCCESS = 0;
    static final int NO_RESULTS = 1;
    static final int INVALID_PARAMETER = 2;
    static final int TOKEN_NOT_FOUND = 3;
    static final int TOKEN_EMPTY = 4;
    static final int RATE_LIMITED = 5;

    private OpenTdbResponses() {
    }

    /** What an OpenTDB endpoint answers a client over its rate limit: response code 5, as Open Trivia DB does. */
    public static Object rateLimited(String path) {
        return path.endsWith("api.php") ? new Questions(RATE_LIMITED, List.of())
                : new Invalid(RATE_LIMITED, "Rate Limit: too many requests, retry later.");
    }

    @JsonPropertyOrder({ "response_code", "results" })
    public record Questions(@JsonProperty("response_code") int responseCode, List<TriviaQuestion> results) {
    }

    @JsonPropertyOrder({ "response_code", "response_message", "token" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenResult(@JsonProperty("response_code") int responseCode,
            @JsonProperty("response_message") String responseMessage, String token) {
    }

    record CategoryList(@JsonProperty("trivia_categories") List<Categories.Category> triviaCategories) {
    }

    @JsonPropertyOrder({ "total_question_count", "total_easy_question_count", "total_medium_question_count",
            "total_hard_question_count" })
    record Count(@JsonProperty("total_question_count") long total, @JsonProperty("total_easy_question_count") long easy,
            @JsonProperty("total_medium_question_count") long medium,
            @JsonProperty("total_hard_question_count") long hard) {
    }

    @JsonPropertyOrder({ "category_id", "category_question_count" })
    record CategoryCount(@JsonProperty("category_id") int categoryId,
            @JsonProperty("category_question_count") Count count) {
    }

    @JsonPropertyOrder({ "total_num_of_questions", "total_num_of_pending_questions", "total_num_of_verified_questions",
            "total_num_of_rejected_questions" })
    record GlobalCount(@JsonProperty("total_num_of_questions") long total,
            @JsonProperty("total_num_of_pending_questions") long pending,
            @JsonProperty("total_num_of_verified_questions") long verified,
            @JsonProperty("total_num_of_rejected_questions") long rejected) {
    }

    @JsonPropertyOrder({ "overall", "categories" })
    record GlobalCounts(GlobalCount overall, Map<String, GlobalCount> categories) {
    }

    /** What an invalid count request gets. */
    @JsonPropertyOrder({ "response_code", "response_message" })
    record Invalid(@JsonProperty("response_code") int responseCode,
            @JsonProperty("response_message") String responseMessage) {
    }
}
