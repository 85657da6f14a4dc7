package vn.chibo.member;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ExportResponses;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;
import vn.chibo.common.ConditionalGet;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class MemberResource {

    private final MemberService service;

    public MemberResource(MemberService service) {
        this.service = service;
    }

    @ConditionalGet
    @GET
    @Path("/organizations/{id}/members")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<MemberApi.Summary> list(@PathParam("id") UUID organizationId,
                                              @QueryParam("q") @Size(max = 200) String q,
                                              @QueryParam("status") MemberStatus status,
                                              @QueryParam("csdlId") @Pattern(regexp = ExternalIds.PATTERN) String csdlId,
                                              @QueryParam("sotayId") @Pattern(regexp = ExternalIds.PATTERN) String sotayId,
                                              @QueryParam("includeSubtree") @DefaultValue("false") boolean includeSubtree,
                                              @QueryParam("on") LocalDate on,
                                              @QueryParam("sort") @Pattern(regexp = "-?(name|admissionDate)") String sort,
                                              @Valid @BeanParam PageRequest paging) {
        return service.list(organizationId, new MemberService.ListQuery(q, status, ExternalIds.of(csdlId, sotayId),
                includeSubtree, on, sort), paging);
    }

    @GET
    @Path("/organizations/{id}/members.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response listXlsx(@PathParam("id") UUID organizationId,
                             @QueryParam("q") @Size(max = 200) String q,
                             @QueryParam("status") MemberStatus status,
                             @QueryParam("includeSubtree") @DefaultValue("false") boolean includeSubtree,
                             @QueryParam("on") LocalDate on,
                             @QueryParam("sort") @Pattern(regexp = "-?(name|admissionDate)") String sort) {
        return export(ExportFormat.XLSX, organizationId, new MemberService.ListQuery(q, status, ExternalIds.NONE, includeSubtree, on, sort));
    }

    @GET
    @Path("/organizations/{id}/members.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response listCsv(@PathParam("id") UUID organizationId,
                            @QueryParam("q") @Size(max = 200) String q,
                            @QueryParam("status") MemberStatus status,
                            @QueryParam("includeSubtree") @DefaultValue("false") boolean includeSubtree,
                            @QueryParam("on") LocalDate on,
                            @QueryParam("sort") @Pattern(regexp = "-?(name|admissionDate)") String sort) {
        return export(ExportFormat.CSV, organizationId, new MemberService.ListQuery(q, status, ExternalIds.NONE, includeSubtree, on, sort));
    }

    /** All pages of the list, streamed; scope and parameters are checked before the first byte. */
    private Response export(ExportFormat format, UUID organizationId, MemberService.ListQuery query) {
        MemberService.Listing listing = service.listAll(organizationId, query);
        return ExportResponses.attachment(format, "Đảng viên - " + listing.organizationName() + " - " + listing.day(),
                MemberListExport.SHEET.stream(format, listing.rows()));
    }

    @POST
    @Path("/members")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MemberApi.View create(@Valid @NotNull MemberApi.Create body) {
        return service.create(body);
    }

    @ConditionalGet
    @GET
    @Path("/members/{id}")
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION},
            signedIn = "their own member record")
    public MemberApi.View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PATCH
    @Path("/members/{id}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MemberApi.View update(@PathParam("id") UUID id, @Valid @NotNull MemberApi.Patch body) {
        return service.update(id, body);
    }

    @POST
    @Path("/members/{id}/transfer")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MemberApi.View transfer(@PathParam("id") UUID id, @Valid @NotNull MemberApi.Transfer body) {
        return service.transfer(id, body);
    }

    @POST
    @Path("/members/{id}/exemptions")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MemberApi.View addExemption(@PathParam("id") UUID id, @Valid @NotNull MemberApi.ExemptionCreate body) {
        return service.addExemption(id, body);
    }

    @POST
    @Path("/members/{id}/positions")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MemberApi.View addPosition(@PathParam("id") UUID id, @Valid @NotNull MemberApi.PositionCreate body) {
        return service.addPosition(id, body);
    }
}
