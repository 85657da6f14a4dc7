package vn.chibo.notice;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.member.Member;
import vn.chibo.security.CurrentActor;

/** The caller's own inbox and channel choice: a caller only ever reads and changes their own. */
@ApplicationScoped
public class NoticeService {
    private final CurrentActor actor;
    private final TimeSource time;
    private final AuditService audit;

    public NoticeService(CurrentActor actor, TimeSource time, AuditService audit) {
        this.actor = actor;
        this.time = time;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<NoticeApi.View> mine(boolean unreadOnly, PageRequest paging) {
        String where = "username = :me" + (unreadOnly ? " and readAt is null" : "");
        Parameters params = Parameters.with("me", actor.username());
        long total = Notice.count(where, params);
        return new PageResult<>(Notice.<Notice>find(where + " order by createdAt desc, id", params)
                .page(paging.page, paging.size).list().stream().map(this::view).toList(), paging.page, paging.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeApi.UnreadCount unread() {
        return new NoticeApi.UnreadCount(Notice.count("username = ?1 and readAt is null", actor.username()));
    }

    /** Marks the caller's notice read (again: no change); another person's notice is not found, as if absent. */
    @Transactional
    public NoticeApi.View read(UUID id) {
        Notice n = id == null ? null : Notice.findById(id);
        if (n == null || !actor.username().equals(n.username)) throw ApiException.notFound("entity.notice");
        if (n.readAt == null) n.readAt = time.now();
        return view(n);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeApi.Preferences preferences() {
        NoticePreference p = NoticePreference.findById(actor.username());
        if (p == null) return new NoticeApi.Preferences(true, memberAddress(), 0);
        String address = p.email != null ? p.email : memberAddress();
        return new NoticeApi.Preferences(p.emailEnabled, address != null ? address : p.accountEmail, p.version);
    }

    @Transactional
    public NoticeApi.Preferences savePreferences(NoticeApi.PreferencesUpdate in) {
        NoticePreference p = NoticePreference.findById(actor.username());
        Versions.require(in.version(), p == null ? 0 : p.version);
        if (p == null) {
            p = new NoticePreference();
            p.username = actor.username();
        }
        p.emailEnabled = in.email();
        p.email = in.emailAddress() == null || in.emailAddress().isBlank() ? null : in.emailAddress().trim();
        p.updatedAt = time.now();
        p.persist();
        NoticePreference.flush();
        // The audit keys an entry by a UUID: the login's preference gets a stable one derived from the login.
        audit.record("NoticePreference", UUID.nameUUIDFromBytes(("notice-preference:" + p.username)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, "UPDATE", Map.of("email", p.emailEnabled));
        return preferences();
    }

    private String memberAddress() {
        Member m = Member.find("username", actor.username()).firstResult();
        return m == null ? null : m.email;
    }

    private NoticeApi.View view(Notice n) {
        return new NoticeApi.View(n.id, n.kind, n.title, n.body, n.link, n.objectType, n.objectId,
                time.local(n.createdAt), time.local(n.readAt));
    }
}
