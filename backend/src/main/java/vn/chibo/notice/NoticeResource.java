package vn.chibo.notice;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

/** The caller's notices (the in-app inbox) and how they want to receive them. */
@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class NoticeResource {
    private final NoticeService notices;

    public NoticeResource(NoticeService notices) {
        this.notices = notices;
    }

    @GET
    @Path("/me/notices")
    @AcceptedRoles(signedIn = "their own notices")
    public PageResult<NoticeApi.View> list(@QueryParam("unread") boolean unread, @Valid @BeanParam PageRequest paging) {
        return notices.mine(unread, paging);
    }

    @GET
    @Path("/me/notices/unread-count")
    @AcceptedRoles(signedIn = "their own notices")
    public NoticeApi.UnreadCount unreadCount() {
        return notices.unread();
    }

    @POST
    @Path("/me/notices/{id}/read")
    @AcceptedRoles(signedIn = "their own notices")
    public NoticeApi.View read(@PathParam("id") UUID id) {
        return notices.read(id);
    }

    @GET
    @Path("/me/notice-preferences")
    @AcceptedRoles(signedIn = "their own preferences")
    public NoticeApi.Preferences preferences() {
        return notices.preferences();
    }

    @PUT
    @Path("/me/notice-preferences")
    @AcceptedRoles(signedIn = "their own preferences")
    public NoticeApi.Preferences savePreferences(@Valid @NotNull NoticeApi.PreferencesUpdate body) {
        return notices.savePreferences(body);
    }
}
