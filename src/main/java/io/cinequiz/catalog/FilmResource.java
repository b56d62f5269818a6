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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only access to the verified fact catalogue. */
@Path("/api/v1/films")
@Tag(name = "Films", description = "Films, their source documents and the facts verified from them")
class FilmResource {

    private final Catalog catalog;

    FilmResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @NonBlocking
    @Operation(summary = "List the films in the catalogue")
    @APIResponse(responseCode = "200", description = "Every film, with its number of sources, claims and facts per verdict")
    public List<FilmView> list() {
        return catalog.films().stream().map(FilmView::of).toList();
    }

    @GET
    @NonBlocking
    @Path("/{filmId}")
    @Operation(summary = "Get one film")
    @APIResponse(responseCode = "200", description = "The film")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public FilmView get(@PathParam("filmId") String filmId) {
        return FilmView.of(find(filmId));
    }

    @GET
    @NonBlocking
    @Path("/{filmId}/facts")
    @Operation(summary = "List a film's facts with their verdicts, reasons and supporting and opposing claims")
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
    @Operation(summary = "List a film's source documents with the trust each earned")
    @APIResponse(responseCode = "200", description = "The sources, most trusted first")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public List<SourceView> sources(@PathParam("filmId") String filmId) {
        return VerificationReport.rankByTrust(find(filmId));
    }

    @GET
    @NonBlocking
    @Path("/{filmId}/verification")
    @Operation(summary = "Summarise a film's verification: verdict counts, disputes and rejected claims")
    @APIResponse(responseCode = "200", description = "The verification report")
    @APIResponse(responseCode = "404", description = "No film has this id")
    public VerificationReport verification(@PathParam("filmId") String filmId) {
        return VerificationReport.of(find(filmId));
    }

    private FilmVerification find(String filmId) {
        return catalog.require(filmId);
    }
}
