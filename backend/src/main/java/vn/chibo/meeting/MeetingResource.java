package vn.chibo.meeting;

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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;
import vn.chibo.common.ConditionalGet;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class MeetingResource {
    private final MeetingService meetings;
    private final MeetingActivityService activity;
    private final DocumentService documents;

    public MeetingResource(MeetingService meetings, MeetingActivityService activity, DocumentService documents) {
        this.meetings = meetings;
        this.activity = activity;
        this.documents = documents;
    }


    @ConditionalGet
    @GET
    @Path("/organizations/{id}/meetings")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<MeetingApi.Summary> list(@PathParam("id") UUID organizationId, @QueryParam("from") LocalDate from,
                                               @QueryParam("to") LocalDate to,
                                               @QueryParam("includeSubtree") @DefaultValue("false") boolean includeSubtree,
                                               @QueryParam("type") MeetingType type,
                                               @QueryParam("status") MeetingStatus status,
                                               @Valid @BeanParam PageRequest paging) {
        return meetings.list(organizationId, new MeetingService.ListQuery(from, to, includeSubtree, type, status), paging);
    }

    @POST
    @Path("/organizations/{id}/meetings")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View schedule(@PathParam("id") UUID organizationId, @Valid @NotNull MeetingApi.Create body,
                                    HttpHeaders headers) {
        return meetings.schedule(organizationId, body, Messages.of(headers));
    }

    @POST
    @Path("/organizations/{id}/meetings/recurring")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public List<MeetingApi.Summary> recurring(@PathParam("id") UUID organizationId,
                                              @Valid @NotNull MeetingApi.Recurring body) {
        return meetings.recurring(organizationId, body);
    }

    @GET
    @Path("/organizations/{id}/compliance")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public MeetingApi.Compliance compliance(@PathParam("id") UUID organizationId, @QueryParam("year") Integer year) {
        return meetings.compliance(organizationId, year);
    }

    @GET
    @Path("/agenda-templates")
    @AcceptedRoles(signedIn = "reference data")
    public List<MeetingApi.AgendaTemplate> templates(@QueryParam("type") MeetingType type) {
        return meetings.templates(type);
    }

    @GET
    @Path("/me/meetings")
    @AcceptedRoles(signedIn = "the meetings of their own cells")
    public PageResult<MeetingApi.Upcoming> mine(@Valid @BeanParam PageRequest paging) {
        return meetings.mine(paging);
    }

    @ConditionalGet
    @GET
    @Path("/meetings/{id}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public MeetingApi.View get(@PathParam("id") UUID id, HttpHeaders headers) {
        return meetings.get(id, Messages.of(headers));
    }

    @PATCH
    @Path("/meetings/{id}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View update(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.Patch body, HttpHeaders headers) {
        return meetings.update(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/postpone")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View postpone(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.Postpone body,
                                    HttpHeaders headers) {
        return meetings.postpone(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/cancel")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View cancel(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.Cancel body, HttpHeaders headers) {
        return meetings.cancel(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/notify")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View notify(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VersionOnly body,
                                  HttpHeaders headers) {
        return meetings.notify(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/publication")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View publishRecords(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VersionOnly body,
                                          HttpHeaders headers) {
        return meetings.publishRecords(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/times")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View times(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.Times body, HttpHeaders headers) {
        return meetings.recordTimes(id, body, Messages.of(headers));
    }

    @PUT
    @Path("/meetings/{id}/agenda")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.View agenda(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.AgendaUpdate body,
                                  HttpHeaders headers) {
        return meetings.replaceAgenda(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.DocumentView upload(@PathParam("id") UUID id, @RestForm("file") @NotNull FileUpload file,
                                          @RestForm("kind") DocumentKind kind) {
        return documents.upload(id, file.uploadedFile(), file.fileName(), kind);
    }

    @GET
    @Path("/meetings/{id}/documents/{documentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        DocumentService.Download d = documents.download(id, documentId);
        String ascii = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        // Streamed from the store as it is read; the length is known, so the response is not chunked.
        return Response.ok(d.content(), MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_LENGTH, d.size())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/meetings/{id}/documents/{documentId}")
    @ResponseStatus(204)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public void withdraw(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        documents.withdraw(id, documentId);
    }

    @PUT
    @Path("/meetings/{id}/attendance/{memberId}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.AttendanceEntry attendance(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
                                                 @Valid @NotNull MeetingApi.AttendanceUpdate body) {
        return activity.recordAttendance(id, memberId, body);
    }

    @POST
    @Path("/meetings/{id}/guests")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.GuestView addGuest(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.GuestCreate body) {
        return activity.addGuest(id, body);
    }

    @DELETE
    @Path("/meetings/{id}/guests/{guestId}")
    @ResponseStatus(204)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public void removeGuest(@PathParam("id") UUID id, @PathParam("guestId") UUID guestId) {
        activity.removeGuest(id, guestId);
    }

    @POST
    @Path("/meetings/{id}/speeches")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.SpeechView addSpeech(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.SpeechCreate body) {
        return activity.addSpeech(id, body);
    }

    @DELETE
    @Path("/meetings/{id}/speeches/{speechId}")
    @ResponseStatus(204)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public void removeSpeech(@PathParam("id") UUID id, @PathParam("speechId") UUID speechId) {
        activity.removeSpeech(id, speechId);
    }

    @POST
    @Path("/meetings/{id}/votes")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public MeetingApi.VoteView vote(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VoteCreate body) {
        return activity.recordVote(id, body);
    }
}
