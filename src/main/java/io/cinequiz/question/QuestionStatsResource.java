package io.cinequiz.question;

import io.cinequiz.problem.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many questions a film gives, why some of its facts give none, how sound they are, and how they fare in play. */
@Path("/api/v1/films/{filmId}/questions/stats")
@Tag(name = QuestionResource.TAG, description = QuestionResource.TAG_DESCRIPTION)
@SecurityRequirements
class QuestionStatsResource {

    private final QuestionBank bank;
    private final QuestionReportRepository reports;
    private final QuestionPlays plays;

    QuestionStatsResource(QuestionBank bank, QuestionReportRepository reports, QuestionPlays plays) {
        this.bank = bank;
        this.reports = reports;
        this.plays = plays;
    }

    @GET
    @Operation(operationId = "getFilmQuestionStats",
            summary = "Count a film's questions, check their quality, and tell how each fares in play",
            description = "How many questions the film gives per category, difficulty and type; how many of its facts"
                    + " were used, which were not supported and which were skipped and why; the players' reports per"
                    + " reason; the quality gate's figures (stems that are not questions, statements that are not"
                    + " sentences, options of another kind, wrong options shared across kinds, clutter, the most"
                    + " repeated stem, the share of each difficulty label); and, per question, how often it was"
                    + " answered in sessions and room games, how often right, and which wrong option drew most.")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public QuestionStats stats(@PathParam("filmId") String filmId) {
        QuestionSet set = bank.questions();
        QuestionSet.FilmStats stats = set.stats().get(filmId);
        if (stats == null) {
            throw ApiException.notFound("Film", filmId);
        }
        List<Question> questions = bank.matching(q -> q.filmId().equals(filmId));
        return QuestionStats.of(stats, set.quality(filmId), reports.countByReason(filmId), questions,
                plays.of(filmId, questions));
    }
}
