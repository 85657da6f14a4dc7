package vn.chibo.member;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.INTEGRATION;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.YearMonth;
import java.util.UUID;
import vn.chibo.security.AcceptedRoles;

/** A cell's party dues, one month at a time. */
@Path("/api/v1")
@Authenticated
public class DuesResource {
    private final DuesService dues;

    public DuesResource(DuesService dues) {
        this.dues = dues;
    }

    @GET
    @Path("/organizations/{id}/dues/{month}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public DuesApi.Sheet get(@PathParam("id") UUID organizationId, @PathParam("month") YearMonth month) {
        return dues.get(organizationId, month);
    }

    @PUT
    @Path("/organizations/{id}/dues/{month}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public DuesApi.Sheet record(@PathParam("id") UUID organizationId, @PathParam("month") YearMonth month,
                                @Valid @NotNull DuesApi.SheetUpdate body) {
        return dues.record(organizationId, month, body);
    }
}
