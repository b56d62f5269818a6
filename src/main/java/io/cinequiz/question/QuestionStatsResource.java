package io.cinequiz.question;

import io.cinequiz.problem.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many questions a film gives, and why some of its facts give none. */
@Path("/api/v1/films/{filmId}/questions/stats")
@Tag(name = QuestionResource.TAG, description = QuestionResource.TAG_DESCRIPTION)
@SecurityRequirements
class QuestionStatsResource {

    private final QuestionBank bank;
    private final QuestionReportRepository reports;

    QuestionStatsResource(QuestionBank bank, QuestionReportRepository reports) {
        this.bank = bank;
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "getFilmQuestionStats",
            summary = "Count a film's questions per category, difficulty and type, with the facts skipped and why",
            description = "How many questions the film gives per category, difficulty and type; how many of its facts"
                    + " were used, which were not supported and which were skipped and why; and the players' reports"
                    + " per reason.")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public QuestionStats stats(@PathParam("filmId") String filmId) {
        QuestionSet.FilmStats stats = bank.questions().stats().get(filmId);
        if (stats == null) {
            throw ApiException.notFound("Film", filmId);
        }
        return QuestionStats.of(stats, reports.countByReason(filmId));
    }
}
