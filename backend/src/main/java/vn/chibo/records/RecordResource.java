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
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class RecordResource {
    /** Errors come as problem+json, so a client that accepts only JSON still gets an answer. */
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final RecordService records;
    private final MinutesApproval approval;

    public RecordResource(RecordService records, MinutesApproval approval) {
        this.records = records;
        this.approval = approval;
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
        return approval.approve(id, body);
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

    @GET
    @Path("/meetings/{id}/minutes.docx")
    @Produces({DOCX, "application/json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response minutesDocx(@PathParam("id") UUID id) {
        return file(records.minutesDocx(id), DOCX, "attachment", "bien-ban-" + id + ".docx");
    }

    @GET
    @Path("/meetings/{id}/resolution.docx")
    @Produces({DOCX, "application/json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response resolutionDocx(@PathParam("id") UUID id) {
        return file(records.resolutionDocx(id), DOCX, "attachment", "nghi-quyet-" + id + ".docx");
    }

    private static Response pdf(byte[] bytes, String name) {
        return file(bytes, PDF, "inline", name);
    }

    private static Response file(byte[] bytes, String type, String disposition, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", disposition + "; filename=\"" + name + "\"").build();
    }
}
