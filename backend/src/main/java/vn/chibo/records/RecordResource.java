package vn.chibo.records;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.security.AcceptedRoles;

@Path("/api/v1")
@Authenticated
public class RecordResource {
    /** Errors come as problem+json, so a client that accepts only JSON still gets an answer. */
    private static final String PDF = "application/pdf";
    private final RecordService records;

    public RecordResource(RecordService records) {
        this.records = records;
    }

    @GET
    @Path("/meetings/{id}/minutes")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public MinutesApi.View get(@PathParam("id") UUID id) {
        return records.get(id);
    }

    @PUT
    @Path("/meetings/{id}/minutes")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MinutesApi.View update(@PathParam("id") UUID id, @Valid @NotNull MinutesApi.Update body) {
        return records.update(id, body);
    }

    @POST
    @Path("/meetings/{id}/minutes/approve")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MinutesApi.View approve(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VersionOnly body) {
        return records.approve(id, body);
    }

    @POST
    @Path("/meetings/{id}/minutes/corrections")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MinutesApi.View correct(@PathParam("id") UUID id, @Valid @NotNull MinutesApi.Correction body) {
        return records.correct(id, body);
    }

    @GET
    @Path("/meetings/{id}/minutes.pdf")
    @Produces({PDF, "application/json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response minutesPdf(@PathParam("id") UUID id) {
        return pdf(records.minutesPdf(id), "bien-ban-" + id + ".pdf");
    }

    @GET
    @Path("/meetings/{id}/resolution.pdf")
    @Produces({PDF, "application/json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response resolutionPdf(@PathParam("id") UUID id) {
        return pdf(records.resolutionPdf(id), "nghi-quyet-" + id + ".pdf");
    }

    private static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, PDF).header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
