package io.cinequiz.opentdb;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.catalog.Verdict;
import io.cinequiz.opentdb.OpenTdbResponses.CategoryCount;
import io.cinequiz.opentdb.OpenTdbResponses.CategoryList;
import io.cinequiz.opentdb.OpenTdbResponses.Count;
import io.cinequiz.opentdb.OpenTdbResponses.GlobalCount;
import io.cinequiz.opentdb.OpenTdbResponses.GlobalCounts;
import io.cinequiz.opentdb.OpenTdbResponses.Invalid;
import io.cinequiz.opentdb.OpenTdbResponses.Questions;
import io.cinequiz.opentdb.OpenTdbResponses.TokenResult;
import io.cinequiz.question.Difficulty;
import io.cinequiz.ratelimit.Quotas;
import io.cinequiz.security.Caller;
import io.cinequiz.question.Question;
import io.cinequiz.question.QuestionBank;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open Trivia DB's API, at its own paths and with its own field names, so that existing trivia clients and bots switch
 * by changing the base URL. As there, every outcome is HTTP 200 and the {@code response_code} tells success from
 * failure: 0 success, 1 not enough questions, 2 invalid parameter, 3 token not found, 4 token exhausted for the query.
 */
@Path("/")
@Tag(name = "OpenTDB-compatible API", description = "Open Trivia DB's contract: api.php, api_token.php, api_category.php,"
        + " api_count.php, api_count_global.php")
@SecurityRequirements
class OpenTdbResource {

    private final OpenTdbService service;
    private final QuestionBank bank;
    private final Catalog catalog;
    private final Quotas quotas;
    private final Caller caller;
    private final Counter served;

    OpenTdbResource(OpenTdbService service, QuestionBank bank, Catalog catalog, Quotas quotas, Caller caller,
            MeterRegistry registry) {
        this.service = service;
        this.bank = bank;
        this.catalog = catalog;
        this.quotas = quotas;
        this.caller = caller;
        this.served = Counter.builder("cinequiz.questions.served").tag("api", "opentdb")
                .description("Questions sent to clients (in sessions: when first served)").register(registry);
    }

    @GET
    @Path("api.php")
    @Operation(operationId = "getOpenTdbQuestions", summary = "Get questions, Open Trivia DB style",
            description = "Open Trivia DB's api.php: `amount` random questions with their correct and incorrect"
                    + " answers. With a token, no question repeats until the token is reset. response_code: 0 success,"
                    + " 1 not enough questions, 2 invalid parameter, 3 token not found, 4 token exhausted for the query.")
    @APIResponse(responseCode = "200", description = "response_code and results (empty unless response_code is 0)")
    public Questions questions(
            @Parameter(description = "how many questions, 1 to 50") @QueryParam("amount") String amount,
            @Parameter(description = "an OpenTDB category id (9-32); cinequiz's questions are all in 11") @QueryParam("category") String category,
            @Parameter(description = "easy, medium or hard") @QueryParam("difficulty") String difficulty,
            @Parameter(description = "multiple or boolean") @QueryParam("type") String type,
            @Parameter(description = "urlLegacy, url3986 or base64; HTML entities when absent") @QueryParam("encode") String encode,
            @Parameter(description = "a session token from api_token.php") @QueryParam("token") String token,
            @Parameter(description = "1 adds cinequiz's extras: question id, film and citations") @QueryParam("ext") String ext) {
        Optional<TriviaQuery> query = TriviaQuery.parse(amount, category, difficulty, type, encode, ext);
        if (query.isEmpty()) {
            return new Questions(OpenTdbResponses.INVALID_PARAMETER, List.of());
        }
        TriviaQuery q = query.get();
        OpenTdbService.Batch batch = token == null || token.isBlank() ? service.questions(q)
                : service.questions(q, token);
        served.increment(batch.questions().size());
        return new Questions(batch.responseCode(),
                batch.questions().stream().map(x -> TriviaQuestion.of(x, q.encoding(), q.extended())).toList());
    }

    @GET
    @Path("api_token.php")
    @Operation(operationId = "getOpenTdbToken", summary = "Request a session token, or reset one",
            description = "Open Trivia DB's api_token.php: a token makes api.php remember the questions it served, so"
                    + " that none repeats; resetting it forgets them. response_code 2 for another command.")
    @APIResponse(responseCode = "200", description = "command=request: a new token; command=reset: the same token, with"
            + " its history forgotten (response_code 3 if it does not exist). Cache-Control: no-store: the token is a"
            + " secret of its holder")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public TokenResult token(@Parameter(description = "request or reset") @QueryParam("command") String command,
            @Parameter(description = "the token to reset") @QueryParam("token") String token) {
        if ("request".equals(command)) {
            if (!quotas.tryTake(Quotas.Kind.OPENTDB_TOKENS, caller)) {
                return new TokenResult(OpenTdbResponses.RATE_LIMITED, "Rate Limit: too many new tokens from this"
                        + " client, retry later.", null);
            }
            return new TokenResult(OpenTdbResponses.SUCCESS, "Token Generated Successfully!", service.newToken());
        }
        if ("reset".equals(command)) {
            return service.reset(token) ? new TokenResult(OpenTdbResponses.SUCCESS, null, token.trim())
                    : new TokenResult(OpenTdbResponses.TOKEN_NOT_FOUND, "Token does not exist.", null);
        }
        return new TokenResult(OpenTdbResponses.INVALID_PARAMETER, "Invalid command: use request or reset.", null);
    }

    @GET
    @Path("api_category.php")
    @NonBlocking
    @Operation(operationId = "listOpenTdbCategories", summary = "List Open Trivia DB's categories",
            description = "Open Trivia DB's api_category.php, with its own category ids and names; cinequiz's"
                    + " questions are all in 11 (Entertainment: Film).")
    @APIResponse(responseCode = "200", description = "The 24 categories, ids 9 to 32")
    public CategoryList categories() {
        return new CategoryList(Categories.ALL);
    }

    @GET
    @Path("api_count.php")
    @NonBlocking
    @Operation(operationId = "countOpenTdbCategoryQuestions", summary = "Count the questions of a category, per difficulty",
            description = "Open Trivia DB's api_count.php: the number of questions in one category, in total and per"
                    + " difficulty (zero outside category 11).")
    @APIResponse(responseCode = "200", description = "category_question_count, or response_code 2 for an invalid category")
    public Object count(@Parameter(description = "an OpenTDB category id (9-32)") @QueryParam("category") String category) {
        Integer id = categoryId(category);
        if (id == null) {
            return new Invalid(OpenTdbResponses.INVALID_PARAMETER, "category must be an id from 9 to 32");
        }
        List<Question> questions = id == Categories.FILM ? bank.matching(q -> true) : List.of();
        return new CategoryCount(id, new Count(questions.size(), count(questions, Difficulty.EASY),
                count(questions, Difficulty.MEDIUM), count(questions, Difficulty.HARD)));
    }

    @GET
    @Path("api_count_global.php")
    @NonBlocking
    @Operation(operationId = "countOpenTdbQuestions",
            summary = "Count all questions: verified (served), pending (none) and rejected (facts that did not verify)",
            description = "Open Trivia DB's api_count_global.php: overall counts and counts per category id.")
    @APIResponse(responseCode = "200", description = "overall counts and counts per category")
    public GlobalCounts globalCount() {
        long questions = bank.matching(q -> true).size();
        long rejected = catalog.films().stream()
                .mapToLong(f -> f.facts().size() - f.facts(Verdict.SUPPORTED).size()).sum();
        GlobalCount film = new GlobalCount(questions, 0, questions, rejected);
        Map<String, GlobalCount> categories = new LinkedHashMap<>();
        for (Categories.Category c : Categories.ALL) {
            categories.put(String.valueOf(c.id()), c.id() == Categories.FILM ? film : new GlobalCount(0, 0, 0, 0));
        }
        return new GlobalCounts(film, categories);
    }

    private static long count(List<Question> questions, Difficulty difficulty) {
        return questions.stream().filter(q -> q.difficulty() == difficulty).count();
    }

    private static Integer categoryId(String category) {
        try {
            int id = Integer.parseInt(category == null ? "" : category.trim());
            return Categories.exists(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
