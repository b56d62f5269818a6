package io.cinequiz.export;

import io.cinequiz.catalog.Catalog;
import io.cinequiz.catalog.Film;
import io.cinequiz.problem.ApiException;
import io.cinequiz.problem.Params;
import io.cinequiz.question.QuestionBank;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A film's questions as a file for other trivia tools. */
@Path("/api/v1/films/{filmId}/export")
@Tag(name = "Exports", description = "A film's questions for Red-DiscordBot, OpenTDB clients or spreadsheets")
@SecurityRequirements
class ExportResource {

    private final Catalog catalog;
    private final QuestionBank bank;

    ExportResource(Catalog catalog, QuestionBank bank) {
        this.catalog = catalog;
        this.bank = bank;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "exportFilmQuestions", summary = "Export a film's questions",
            description = "Every question the film gives, as a file to download (Content-Disposition names it after"
                    + " the film): a Red-DiscordBot trivia list, Open Trivia DB's JSON with cinequiz's citations, or a"
                    + " CSV sheet with each question's sources and quotes.")
    @APIResponse(responseCode = "200", description = "red: a Red-DiscordBot trivia list (YAML); opentdb: OpenTDB JSON with"
            + " citations; csv: one row per question with its sources and quotes", content = {
                @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "No format, or an unknown one")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public Response export(@PathParam("filmId") String filmId,
            @Parameter(description = "red, opentdb or csv") @QueryParam("format") String format) {
        Film film = catalog.require(filmId).film();
        ExportFormat f = Params.enumValue("format", format, ExportFormat.class);
        if (f == null) {
            throw ApiException.badRequest("format is required: one of red, opentdb, csv");
        }
        String body = Exports.write(f, film, bank.matching(q -> q.filmId().equals(filmId)));
        return Response.ok(body, f.mediaType + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filmId + "." + f.extension + "\"")
                .build();
    }
}
