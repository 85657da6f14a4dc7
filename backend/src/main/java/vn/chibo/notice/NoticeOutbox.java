package vn.chibo.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Member;

/**
 * Writes a notice per recipient, and a queued e-mail for those who get one, inside the transaction of the action
 * that causes them: they commit or roll back with it, and mail being down never fails the action (the sender job
 * delivers later, see {@link NoticeMailJob}).
 */
@ApplicationScoped
public class NoticeOutbox {
    private final ChiboConfig config;
    private final TimeSource time;

    public NoticeOutbox(ChiboConfig config, TimeSource time) {
        this.config = config;
        this.time = time;
    }

    /** Writes the notices and returns how many were written (each person once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int post(NoticeDraft draft, Collection<NoticeRecipient> recipients) {
        Map<String, NoticeRecipient> unique = new LinkedHashMap<>();
        recipients.stream().filter(Objects::nonNull).forEach(r -> unique.putIfAbsent(r.key(), r));
        if (unique.isEmpty()) return 0;
        String link = config.notices().appUrl().replaceAll("/+$", "") + draft.path();
        Object[] args = Arrays.copyOf(draft.args(), draft.args().length + 1);
        args[args.length - 1] = link;
        // Written in Vietnamese, the language of the product: the notice keeps the text as it was sent.
        String title = Messages.get(Messages.VIETNAMESE, "notice." + draft.kind() + ".title", args);
        String body = Messages.get(Messages.VIETNAMESE, "notice." + draft.kind() + ".body", args);
        List<String> logins = unique.values().stream().map(NoticeRecipient::username).filter(Objects::nonNull).toList();
        Map<String, NoticePreference> preferences = preferencesOf(logins);
        Map<String, String> memberAddresses = memberAddressesOf(logins);
        for (NoticeRecipient r : unique.values()) {
            Notice n = new Notice();
            n.kind = draft.kind();
            n.username = r.username();
            n.email = address(r, preferences.get(r.username()), memberAddresses.get(r.username()));
            n.title = title;
            n.body = body;
            n.link = link;
            n.objectType = draft.objectType();
            n.objectId = draft.objectId();
            n.createdAt = time.now();
            n.persist();
            if (n.email != null) queueEmail(n);
        }
        return unique.size();
    }

    /**
     * The address to e-mail, or null for the inbox only: the login's own choice first, then the member record, then
     * the address the login signs in with (staff and supervisors often have no member record).
     */
    static String address(NoticeRecipient r, NoticePreference preference, String memberAddress) {
        if (r.username() == null) return r.email();
        if (preference != null && !preference.emailEnabled) return null;
        if (preference != null && preference.email != null) return preference.email;
        if (r.email() != null) return r.email();
        if (memberAddress != null) return memberAddress;
        return preference == null ? null : preference.accountEmail;
    }

    private void queueEmail(Notice n) {
        NoticeDelivery d = new NoticeDelivery();
        d.noticeId = n.id;
        d.channel = NoticeDelivery.Channel.EMAIL;
        d.address = n.email;
        d.status = NoticeDelivery.Status.QUEUED;
        d.createdAt = n.createdAt;
        d.persist();
    }

    private static Map<String, NoticePreference> preferencesOf(List<String> logins) {
        Map<String, NoticePreference> map = new HashMap<>();
        if (logins.isEmpty()) return map;
        NoticePreference.<NoticePreference>list("username in ?1", logins).forEach(p -> map.put(p.username, p));
        return map;
    }

    private static Map<String, String> memberAddressesOf(List<String> logins) {
        Map<String, String> map = new HashMap<>();
        if (logins.isEmpty()) return map;
        Member.getEntityManager().createQuery("select m.username, m.email from Member m where m.username in :logins"
                        + " and m.email is not null", Object[].class).setParameter("logins", logins).getResultList()
                .forEach(r -> map.put((String) r[0], (String) r[1]));
        return map;
    }
}
