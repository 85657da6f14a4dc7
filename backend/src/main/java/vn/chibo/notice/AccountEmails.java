package vn.chibo.notice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.chibo.common.TimeSource;
import vn.chibo.security.SignedIn;

/**
 * Keeps the e-mail address a login signs in with (the identity provider's verified address) on its notice
 * preference, so that notices reach logins without a member record, such as committee staff and supervisors, by
 * e-mail too ({@link NoticeOutbox#address}). Written only when it changes; the login's own choices are untouched.
 * BR-D5: the address is the login's own, used only to address that login's notices and shown only to them
 * ({@code GET /me/notice-preferences}); no member record or other reader gets it.
 */
@ApplicationScoped
public class AccountEmails {
    private static final Logger LOG = Logger.getLogger(AccountEmails.class);

    private final TimeSource time;

    public AccountEmails(TimeSource time) {
        this.time = time;
    }

    void onSignIn(@Observes SignedIn in) {
        if (in.email() == null) return;
        try {
            // Its own transaction: reading /me never fails or waits on this, and a concurrent first sign-in that
            // inserts the same row only loses the race (logged), the next sign-in writes it.
            QuarkusTransaction.requiringNew().run(() -> record(in.username(), in.email()));
        } catch (RuntimeException e) {
            LOG.warnf("Could not keep the sign-in e-mail address of %s: %s", in.username(), e.getMessage());
        }
    }

    private void record(String username, String email) {
        // A bulk update leaves the row's version alone: an open preferences form is not made stale by a sign-in.
        int changed = NoticePreference.update("accountEmail = ?1 where username = ?2"
                + " and (accountEmail is null or accountEmail <> ?1)", email, username);
        if (changed > 0 || NoticePreference.findById(username) != null) return;
        NoticePreference p = new NoticePreference();
        p.username = username;
        p.emailEnabled = true; // as without a row: e-mailed too when an address is known
        p.accountEmail = email;
        p.updatedAt = time.now();
        p.persist();
    }
}
