package io.cinequiz.question;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.http.PublicUrls;
import io.cinequiz.ratelimit.Quotas;
import io.cinequiz.security.Caller;
import io.cinequiz.problem.ApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.NonBlocking;
import io.cinequiz.security.OpenApiSecurity;
import io.cinequiz.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Questions without their answers, a stateless answer check, and players' reports on bad questions. */
@Path("/api/v1/questions")
@Tag(name = QuestionResource.TAG, description = QuestionResource.TAG_DESCRIPTION)
@SecurityRequirements
class QuestionResource {

    static final String TAG = "Questions";
    static final String TAG_DESCRIPTION = "Multiple-choice and true/false questions built from verified facts";

    private final QuestionBank bank;
    private final Catalog catalog;
    private final QuestionReportRepository reports;
    private final PublicUrls urls;
    private final Quotas quotas;
    private final Caller caller;
    private final Counter served;

    QuestionResource(QuestionBank bank, Catalog catalog, QuestionReportRepository reports, PublicUrls urls,
            Quotas quotas, Caller caller, MeterRegistry registry) {
        this.bank = bank;
        this.catalog = catalog;
        this.reports = reports;
        this.urls = urls;
        this.quotas = quotas;
        this.caller = caller;
        this.served = Counter.builder("cinequiz.questions.served").tag("api", "questions")
                .description("Questions sent to clients (in sessions: when first served)").register(registry);
    }

    @GET
    @NonBlocking
    @Operation(operationId = "listQuestions", summary = "Get random questions, without their answers",
            description = "Questions drawn at random from those matching the filters, without their answers: check"
                    + " an answer with POST /api/v1/questions/{id}/check. A question's id and the order of its options"
                    + " are stable: the same fact gives the same question.")
    @APIResponse(responseCode = "200", description = "Up to `amount` questions matching the filters; fewer if fewer exist")
    @APIResponse(responseCode = "400", description = "An amount outside 1..50 or an unknown category, difficulty or type")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public List<QuestionView> list(
            @Parameter(description = "a film id; the questions then do not repeat the film's title") @QueryParam("film") String film,
            @Parameter(description = "cast, crew, production, release, reception, story or trivia") @QueryParam("category") String category,
            @Parameter(description = "easy, medium or hard") @QueryParam("difficulty") String difficulty,
            @Parameter(description = "multiple or boolean") @QueryParam("type") String type,
            @Parameter(description = "how many questions, 1 to 50") @QueryParam("amount") @DefaultValue("10") @Min(1) @Max(50) int amount) {
        QuestionFilter filter = QuestionFilter.parse(film, category, difficulty, type);
        if (filter.film() != null) {
            catalog.require(filter.film());
        }
        List<QuestionView> questions = bank.random(filter, amount).stream()
                .map(q -> QuestionView.of(q, filter.film() != null)).toList();
        served.increment(questions.size());
        return questions;
    }

    @GET
    @NonBlocking
    @Path("/{id}")
    @Operation(operationId = "getQuestion", summary = "Get one question, without its answer",
            description = "The question with its options, category, difficulty and type, but not which option is"
                    + " correct.")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No question has this id")
    public QuestionView get(@PathParam("id") String id) {
        QuestionView question = QuestionView.of(find(id), false);
        served.increment();
        return question;
    }

    @POST
    @NonBlocking
    @Path("/{id}/check")
    @Operation(operationId = "checkAnswer",
            summary = "Check an answer and reveal the correct one, its explanation and its sources",
            description = "Stateless: nothing is scored or stored. The choice is an option's index, counted from 0."
                    + " The answer comes with the sources and verbatim quotes that the question's fact rests on.")
    @APIResponse(responseCode = "200", description = "Whether the choice is correct, with the answer and its citations")
    @APIResponse(responseCode = "400", description = "A missing choice, or one outside the question's options, or a"
            + " body that is not the JSON object this operation takes")
    @APIResponse(responseCode = "404", description = "No question has this id")
    public CheckResult check(@PathParam("id") String id, @NotNull @Valid CheckRequest request) {
        Question question = find(id);
        if (request.choice() >= question.options().size()) {
            throw ApiException.badRequest("choice " + request.choice() + " is out of range: this question has options 0 to "
                    + (question.options().size() - 1));
        }
        return CheckResult.of(question, request.choice());
    }

    @POST
    @Path("/{id}/reports")
    @Transactional
    @Operation(operationId = "reportQuestion", summary = "Report a bad question",
            description = "Stores a player's report on a question (wrong_answer, ambiguous, typo, offensive or"
                    + " other), with an optional detail. The film's question statistics count the reports per reason.")
    @APIResponse(responseCode = "201", description = "The report is stored; Location gives its address")
    @APIResponse(responseCode = "400", description = "A missing or unknown reason, a detail over 1000 characters, or a"
            + " body that is not the JSON object this operation takes")
    @APIResponse(responseCode = "404", description = "No question has this id")
    public Response report(@PathParam("id") String id, @NotNull @Valid ReportRequest request) {
        Question question = find(id);
        quotas.take(Quotas.Kind.REPORTS, caller);
        QuestionReport report = new QuestionReport();
        report.questionId = question.id();
        report.filmId = question.filmId();
        report.reason = request.reason();
        report.detail = request.detail() == null || request.detail().isBlank() ? null : request.detail().trim();
        report.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        reports.persist(report);
        return urls.created("/api/v1/questions/" + question.id() + "/reports/" + report.id)
                .entity(ReportView.of(report)).build();
    }

    @GET
    @Path("/{id}/reports/{reportId}")
    @RolesAllowed(Scopes.MODERATION)
    @SecurityRequirement(name = OpenApiSecurity.API_KEY)
    @Operation(operationId = "getQuestionReport", summary = "Get one report on a question",
            description = "A report stored by POST /api/v1/questions/{id}/reports, with its reason, detail and time;"
                    + " for moderators only (an API key with the moderation scope): reports hold what players wrote.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "The report id is not a number")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the moderation scope")
    @APIResponse(responseCode = "404", description = "No such question or report")
    public ReportView getReport(@PathParam("id") String id, @PathParam("reportId") long reportId) {
        QuestionReport report = reports.findByIdOptional(reportId)
                .filter(r -> r.questionId.equals(id))
                .orElseThrow(() -> ApiException.notFound("Report", id + "/" + reportId));
        return ReportView.of(report);
    }

    private Question find(String id) {
        return bank.find(id).orElseThrow(() -> ApiException.notFound("Question", id));
    }
}
