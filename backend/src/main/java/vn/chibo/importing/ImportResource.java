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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.chibo.common.ApiException;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.Messages;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1/imports")
@Authenticated
@IdempotentPosts
public class ImportResource {
    private final ImportService service;
    private final ApiMetrics metrics;

    public ImportResource(ImportService service, ApiMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ImportApi.Preview preview(@RestForm("file") @NotNull FileUpload file,
                                     @RestForm("kind") @NotNull ImportKind kind,
                                     @RestForm("organizationId") @NotNull UUID organizationId,
                                     HttpHeaders headers) {
        return counted("preview", kind, () -> service.preview(file.uploadedFile(), file.fileName(), kind,
                organizationId, Messages.of(headers)));
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
        return counted("commit", null, () -> service.commit(id, Messages.of(headers)));
    }

    /** Counted here, once the step's transaction has ended and its outcome is known. */
    private ImportApi.Preview counted(String step, ImportKind kind, Supplier<ImportApi.Preview> action) {
        String kindTag = kind == null ? "unknown" : kind.name();
        try {
            ImportApi.Preview preview = action.get();
            String outcome = "commit".equals(step) ? "committed" : preview.errorCount() > 0 ? "invalid-rows" : "valid";
            metrics.imported(step, preview.kind().name(), outcome);
            return preview;
        } catch (ApiException e) {
            metrics.imported(step, kindTag, e.status() < 500 ? "refused" : "failed");
            throw e;
        } catch (RuntimeException e) {
            metrics.imported(step, kindTag, "failed");
            throw e;
        }
    }
}
