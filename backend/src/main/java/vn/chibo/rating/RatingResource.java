package vn.chibo.rating;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.ApiException;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.QueryParameters;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ExportResponses;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

/** The annual quality rating of cells and members (QĐ 366-QĐ/TW; BR-S3, BR-S4) and the "bốn tốt" designation. */
@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class RatingResource {

    private final RegulationCatalog regulations;
    private final RatingCycleService cycles;
    private final RatingQueryService queries;
    private final RatingWorkflowService workflow;
    private final DesignationService designations;
    private final RatingDistributionService distributions;

    public RatingResource(RegulationCatalog regulations, RatingCycleService cycles, RatingQueryService queries,
                          RatingWorkflowService workflow, DesignationService designations,
                          RatingDistributionService distributions) {
        this.distributions = distributions;
        this.regulations = regulations;
        this.cycles = cycles;
        this.queries = queries;
        this.workflow = workflow;
        this.designations = designations;
    }

    @GET
    @Path("/rating-regulations")
    @AcceptedRoles(signedIn = "reference data")
    public List<Regulation> regulations() {
        return regulations.all();
    }

    @POST
    @Path("/organizations/{id}/rating-cycles")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public RatingApi.CycleView openCycle(@PathParam("id") UUID id, @Valid @NotNull RatingApi.CycleCreate body) {
        return cycles.open(id, body);
    }

    @GET
    @Path("/organizations/{id}/annual-ratings")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public RatingApi.RowPage list(@PathParam("id") UUID id, @QueryParam("year") String year,
                                  @QueryParam("subjectType") String subjectType, @QueryParam("level") String level,
                                  @QueryParam("state") String state, @QueryParam("q") String text,
                                  @Valid @BeanParam PageRequest paging) {
        return queries.list(id, filter(year, subjectType, level, state, text), paging);
    }

    @GET
    @Path("/organizations/{id}/annual-ratings.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response exportXlsx(@PathParam("id") UUID id, @QueryParam("year") String year,
                               @QueryParam("subjectType") String subjectType, @QueryParam("level") String level,
                               @QueryParam("state") String state, @QueryParam("q") String text) {
        return export(ExportFormat.XLSX, id, filter(year, subjectType, level, state, text));
    }

    @GET
    @Path("/organizations/{id}/annual-ratings.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response exportCsv(@PathParam("id") UUID id, @QueryParam("year") String year,
                              @QueryParam("subjectType") String subjectType, @QueryParam("level") String level,
                              @QueryParam("state") String state, @QueryParam("q") String text) {
        return export(ExportFormat.CSV, id, filter(year, subjectType, level, state, text));
    }

    private Response export(ExportFormat format, UUID id, RatingQueryService.Filter filter) {
        RatingQueryService.Listing listing = queries.listAll(id, filter);
        return ExportResponses.attachment(format, "Xếp loại chất lượng - " + listing.organizationName() + " - " + filter.year(),
                RatingExport.of(filter.year()).stream(format, listing.rows()));
    }

    @GET
    @Path("/organizations/{id}/rating-distribution")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, INTEGRATION})
    public RatingApi.Distribution distribution(@PathParam("id") UUID id, @QueryParam("year") String year,
                                               @Context HttpHeaders headers) {
        return distributions.distribution(id, yearOf(year), Messages.of(headers));
    }

    @GET
    @Path("/annual-ratings/{id}")
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION}, signedIn = "their own rating")
    public RatingApi.View get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return workflow.get(id, Messages.of(headers));
    }

    @POST
    @Path("/annual-ratings/{id}/self-assessment")
    @AcceptedRoles(value = {ADMIN, STAFF, SECRETARY, INTEGRATION}, signedIn = "their own rating")
    public RatingApi.View selfAssess(@PathParam("id") UUID id, @Valid @NotNull RatingApi.SelfAssessment body,
                                     @Context HttpHeaders headers) {
        return workflow.selfAssess(id, body, Messages.of(headers));
    }

    @POST
    @Path("/annual-ratings/{id}/proposal")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public RatingApi.View propose(@PathParam("id") UUID id, @Valid @NotNull RatingApi.Proposal body,
                                  @Context HttpHeaders headers) {
        return workflow.propose(id, body, Messages.of(headers));
    }

    @POST
    @Path("/annual-ratings/{id}/decision")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public RatingApi.View decide(@PathParam("id") UUID id, @Valid @NotNull RatingApi.Decision body,
                                 @Context HttpHeaders headers) {
        return workflow.decide(id, body, Messages.of(headers));
    }

    @POST
    @Path("/annual-ratings/{id}/supersession")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public RatingApi.View supersede(@PathParam("id") UUID id, @Valid @NotNull RatingApi.Supersede body,
                                    @Context HttpHeaders headers) {
        return workflow.supersede(id, body, Messages.of(headers));
    }

    @PUT
    @Path("/organizations/{id}/designations/{year}")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public RatingApi.DesignationView designate(@PathParam("id") UUID id, @PathParam("year") String year,
                                               @Valid @NotNull RatingApi.DesignationBody body) {
        return designations.record(id, yearOf(year), body);
    }

    @GET
    @Path("/organizations/{id}/designations")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public RatingApi.DesignationPage designations(@PathParam("id") UUID id, @QueryParam("year") String year,
                                                  @Valid @BeanParam PageRequest paging) {
        return designations.list(id, yearOf(year), paging);
    }

    private static RatingQueryService.Filter filter(String year, String subjectType, String level, String state, String text) {
        return new RatingQueryService.Filter(yearOf(year),
                QueryParameters.enumValue("subjectType", subjectType, SubjectType.class),
                QueryParameters.enumValue("level", level, AnnualLevel.class),
                QueryParameters.enumValue("state", state, RatingState.class),
                text == null || text.length() <= 200 ? text : text.substring(0, 200));
    }

    /** A four-digit year from 2000; required. */
    private static int yearOf(String value) {
        if (value == null || !value.trim().matches("^(2\\d{3})$")) {
            throw ApiException.invalidField("year", "rating-year-malformed",
                    value == null ? "" : value.length() > 20 ? value.substring(0, 20) : value);
        }
        return Integer.parseInt(value.trim());
    }
}
