package io.cinequiz.question;

import io.cinequiz.security.OpenApiSecurity;
import io.cinequiz.security.Scopes;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Players' reports on questions, for moderators (API keys with the {@code moderation} scope). */
@Path("/api/v1/moderation/reports")
@Tag(name = "Moderation")
@RolesAllowed(Scopes.MODERATION)
@SecurityRequirement(name = OpenApiSecurity.API_KEY)
class ReportModerationResource {

    private final QuestionReportRepository reports;

    ReportModerationResource(QuestionReportRepository reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List question reports, newest first",
            description = "Every report players made, with its reason and detail. Page with before=<the last id seen>.")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "400", description = "A limit outside 1..100")
    @APIResponse(responseCode = "401", description = "No API key, or one that is not valid")
    @APIResponse(responseCode = "403", description = "An API key without the moderation scope")
    @APIResponse(responseCode = "429", description = "Too many requests")
    public List<ReportView> list(
            @Parameter(description = "only reports older than this one (an id)") @QueryParam("before") Long before,
            @Parameter(description = "reports, 1 to 100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return reports.find("id < ?1", Sort.descending("id"), before == null ? Long.MAX_VALUE : before)
                .page(Page.ofSize(limit)).list().stream().map(ReportView::of).toList();
    }
}
