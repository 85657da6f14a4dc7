package vn.chibo.importing;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.chibo.common.Messages;
import vn.chibo.security.AcceptedRoles;

@Path("/api/v1/imports")
@Authenticated
public class ImportResource {
    private final ImportService service;

    public ImportResource(ImportService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ImportApi.Preview preview(@RestForm("file") @NotNull FileUpload file,
                                     @RestForm("kind") @NotNull ImportKind kind,
                                     @RestForm("organizationId") @NotNull UUID organizationId,
                                     HttpHeaders headers) {
        return service.preview(file.uploadedFile(), file.fileName(), kind, organizationId, Messages.of(headers));
    }

    @GET
    @Path("/{id}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ImportApi.Preview get(@PathParam("id") UUID id, HttpHeaders headers) {
        return service.get(id, Messages.of(headers));
    }

    @POST
    @Path("/{id}/commit")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ImportApi.Preview commit(@PathParam("id") UUID id, HttpHeaders headers) {
        return service.commit(id, Messages.of(headers));
    }
}
