package vn.chibo.documentpack;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.INTEGRATION;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.ConditionalGet;
import vn.chibo.common.EntityTags;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.idempotency.IdempotentPosts;
import vn.chibo.security.AcceptedRoles;

/** A meeting's document pack for the Sổ tay đảng viên app, and the postings of it the integration reports. */
@Path("/api/v1/meetings/{id}/document-pack")
@Authenticated
@IdempotentPosts
public class DocumentPackResource {
    static final String ZIP = "application/zip";

    private final DocumentPackService packs;

    public DocumentPackResource(DocumentPackService packs) {
        this.packs = packs;
    }

    /**
     * Streamed: the documents are copied from the store into the zip, never held in memory together. Tagged here,
     * from the manifest's content and postings (the zip itself differs by its generation time).
     */
    @GET
    @ConditionalGet
    @Produces({ZIP, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response download(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DocumentPackService.Pack pack = packs.pack(id);
        if (EntityTags.matches(ifNoneMatch, pack.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, pack.etag()).build();
        }
        StreamingOutput body = out -> packs.write(pack, out);
        return Response.ok(body, ZIP).header(HttpHeaders.ETAG, pack.etag())
                .header("Content-Disposition", "attachment; filename=\"" + pack.fileName() + "\"").build();
    }

    @POST
    @Path("/postings")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public DocumentPackApi.PostingView post(@PathParam("id") UUID id,
                                            @Valid @NotNull DocumentPackApi.PostingCreate body) {
        return packs.post(id, body);
    }

    @GET
    @Path("/postings")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<DocumentPackApi.PostingView> postings(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return packs.postings(id, paging);
    }
}
