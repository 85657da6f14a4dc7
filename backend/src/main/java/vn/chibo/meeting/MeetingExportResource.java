package vn.chibo.meeting;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ExportResponses;
import vn.chibo.export.ListDownloads;
import vn.chibo.security.AcceptedRoles;

/** The meeting list of a cell or subtree (with the list's filters) and a meeting's roll call as spreadsheets. */
@Path("/api/v1")
@Authenticated
public class MeetingExportResource {

    private final MeetingService meetings;
    private final ListDownloads downloads;

    public MeetingExportResource(MeetingService meetings, ListDownloads downloads) {
        this.meetings = meetings;
        this.downloads = downloads;
    }

    @GET
    @Path("/organizations/{id}/meetings.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response xlsx(@PathParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                         @QueryParam("includeSubtree") @DefaultValue("false") boolean includeSubtree,
                         @QueryParam("type") MeetingType type, @QueryParam("status") MeetingStatus status) {
        return export(ExportFormat.XLSX, id, new MeetingService.ListQuery(from, to, includeSubtree, type, status));
    }

    @GET
    @Path("/organizations/{id}/meetings.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response csv(@PathParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                        @QueryParam("includeSubtree") @DefaultValue("false") boolean includeSubtree,
                        @QueryParam("type") MeetingType type, @QueryParam("status") MeetingStatus status) {
        return export(ExportFormat.CSV, id, new MeetingService.ListQuery(from, to, includeSubtree, type, status));
    }

    @GET
    @Path("/meetings/{id}/attendance.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response attendanceXlsx(@PathParam("id") UUID id, HttpHeaders headers) {
        return attendance(ExportFormat.XLSX, id, headers);
    }

    @GET
    @Path("/meetings/{id}/attendance.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response attendanceCsv(@PathParam("id") UUID id, HttpHeaders headers) {
        return attendance(ExportFormat.CSV, id, headers);
    }

    /** One meeting's roll call is short and already read whole for its page: no paging to stream through. */
    private Response attendance(ExportFormat format, UUID id, HttpHeaders headers) {
        MeetingApi.View meeting = meetings.get(id, Messages.of(headers));
        return ExportResponses.attachment(format, "Điểm danh - " + meeting.organizationName() + " - "
                        + meeting.scheduledStart().toLocalDate(),
                MeetingListExport.ATTENDANCE.stream(format, meeting.attendance()::forEach));
    }

    private Response export(ExportFormat format, UUID id, MeetingService.ListQuery query) {
        return downloads.download(format, id, "Buổi sinh hoạt", MeetingListExport.SHEET,
                (page, size) -> meetings.list(id, query, PageRequest.of(page, size)).items());
    }
}
