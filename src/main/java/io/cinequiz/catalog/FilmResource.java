package io.cinequiz.catalog;

import io.cinequiz.problem.Params;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only access to the verified fact catalogue. */
@Path("/api/v1/films")
@Tag(name = "Films", description = "Films, their source documents and the facts verified from them")
@SecurityRequirements
class FilmResource {

    private final Catalog catalog;

    FilmResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "listFilms", summary = "List the films in the catalogue",
            description = "Every film in the catalogue, with the number of its sources and claims and of its facts per"
                    + " verdict. A film's id is what the other operations take as filmId or film.")
    @APIResponse(responseCode = "200", description = "Every film, with its number of sources, claims and facts per verdict")
    public List<FilmView> list() {
        return catalog.films().stream().map(FilmView::of).toList();
    }

    @GET
    @NonBlocking
    @Path("/{filmId}")
    @Operation(operationId = "getFilm", summary = "Get one film",
            description = "The film's title, original title, year and aliases, with the number of its sources and"
                    + " claims and of its facts per verdict.")
    @APIResponse(responseCode = "200", description = "The film")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public FilmView get(@PathParam("filmId") String filmId) {
        return FilmView.of(find(filmId));
    }

    @GET
    @NonBlocking
    @Path("/{filmId}/facts")
    @Operation(operationId = "listFilmFacts",
            summary = "List a film's facts with their verdicts, reasons and supporting and opposing claims",
            description = "Each fact is a predicate and value that the film's sources claim; its verdict says whether"
                    + " enough trusted sources agree, with the quotes for and against. Filter by verdict or predicate.")
    @APIResponse(responseCode = "200", description = "The facts, filtered as asked")
    @APIResponse(responseCode = "400", description = "Unknown verdict or predicate")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public List<FactView> facts(@PathParam("filmId") String filmId,
            @Parameter(description = "supported, disputed, refuted, not_enough_info or rejected") @QueryParam("verdict") String verdict,
            @Parameter(description = "a predicate key, such as directed_by or gross") @QueryParam("predicate") String predicate) {
        FilmVerification film = find(filmId);
        Verdict wantedVerdict = Params.enumValue("verdict", verdict, Verdict.class);
        Predicate wantedPredicate = Params.enumValue("predicate", predicate, Predicate.class);
        return film.facts().stream()
                .filter(f -> wantedVerdict == null || f.verdict() == wantedVerdict)
                .filter(f -> wantedPredicate == null || f.predicate() == wantedPredicate)
                .map(f -> FactView.of(f, film.sources()))
                .toList();
    }

    @GET
    @NonBlocking
    @Path("/{filmId}/sources")
    @Operation(operationId = "listFilmSources", summary = "List a film's source documents with the trust each earned",
            description = "The documents the film's claims are quoted from, with their kind, the trust each started"
                    + " with (prior) and the trust it earned in verification by agreeing or disagreeing with the others.")
    @APIResponse(responseCode = "200", description = "The sources, most trusted first")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public List<SourceView> sources(@PathParam("filmId") String filmId) {
        return VerificationReport.rankByTrust(find(filmId));
    }

    @GET
    @NonBlocking
    @Path("/{filmId}/verification")
    @Operation(operationId = "getFilmVerification",
            summary = "Summarise a film's verification: verdict counts, disputes and rejected claims",
            description = "How the film's claims fared: the number of claims and facts, the facts per verdict, the"
                    + " sources by trust, the disputes that trust does not settle with both sides, and the claims"
                    + " rejected because their document does not bear them out, with the reason.")
    @APIResponse(responseCode = "200", description = "The verification report")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public VerificationReport verification(@PathParam("filmId") String filmId) {
        return VerificationReport.of(find(filmId));
    }

    private FilmVerification find(String filmId) {
        return catalog.require(filmId);
    }
}
