package vn.chibo.organization;

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
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class OrganizationResource {
    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @Path("/organizations")
    @AcceptedRoles(signedIn = "the organisations their appointments reach")
    public PageResult<OrganizationApi.Summary> list(@QueryParam("parentId") UUID parentId,
                                                    @QueryParam("within") UUID within,
                                                    @QueryParam("q") @Size(max = 200) String q,
                                                    @QueryParam("holdsMeetings") Boolean holdsMeetings,
                                                    @QueryParam("csdlId") @Pattern(regexp = ExternalIds.PATTERN) String csdlId,
                                                    @QueryParam("sotayId") @Pattern(regexp = ExternalIds.PATTERN) String sotayId,
                                                    @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
                                                    @QueryParam("sort") @Pattern(regexp = "-?(name|path)") String sort,
                                                    @Valid @BeanParam PageRequest paging) {
        return service.list(new OrganizationService.ListQuery(parentId, within, q, holdsMeetings,
                ExternalIds.of(csdlId, sotayId), includeClosed, sort), paging);
    }

    @POST
    @Path("/organizations")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public OrganizationApi.View create(@Valid @NotNull OrganizationApi.Create body) {
        return service.create(body);
    }

    @POST
    @Path("/organizations/merge")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public OrganizationApi.View merge(@Valid @NotNull OrganizationApi.Merge body) {
        return service.merge(body);
    }

    @GET
    @Path("/organizations/{id}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public OrganizationApi.View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PATCH
    @Path("/organizations/{id}")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public OrganizationApi.View update(@PathParam("id") UUID id, @Valid @NotNull OrganizationApi.Patch body) {
        return service.update(id, body);
    }

    @POST
    @Path("/organizations/{id}/move")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public OrganizationApi.View move(@PathParam("id") UUID id, @Valid @NotNull OrganizationApi.Move body) {
        return service.move(id, body);
    }

    @POST
    @Path("/organizations/{id}/close")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public OrganizationApi.View close(@PathParam("id") UUID id, @Valid @NotNull OrganizationApi.Close body) {
        return service.close(id, body);
    }

    @POST
    @Path("/organizations/{id}/split")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public List<OrganizationApi.View> split(@PathParam("id") UUID id, @Valid @NotNull OrganizationApi.Split body) {
        return service.split(id, body);
    }

    @GET
    @Path("/reference/organization-types")
    @AcceptedRoles(signedIn = "reference data")
    public List<OrganizationApi.TypeView> types() {
        return service.types();
    }

    @GET
    @Path("/reference/organization-categories")
    @AcceptedRoles(signedIn = "reference data")
    public List<OrganizationApi.CategoryView> categories() {
        return service.categories();
    }
}
