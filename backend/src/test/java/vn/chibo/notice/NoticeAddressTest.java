package vn.chibo.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which address a notice is e-mailed to: the login's own choice first, then the member record, then the sign-in address. */
class NoticeAddressTest {

    @Test
    void aLoginChoosesTheAddressAndAnAddressOnlyMemberIsMailedThere() {
        NoticePreference inboxOnly = new NoticePreference();
        inboxOnly.emailEnabled = false;
        NoticePreference own = new NoticePreference();
        own.emailEnabled = true;
        own.email = "own@example.vn";
        NoticeRecipient login = NoticeRecipient.login("an");
        assertNull(NoticeOutbox.address(login, inboxOnly, "member@example.vn"));
        assertEquals("own@example.vn", NoticeOutbox.address(login, own, "member@example.vn"));
        assertEquals("member@example.vn", NoticeOutbox.address(login, null, "member@example.vn"));
        assertNull(NoticeOutbox.address(login, null, null));
        // The address the login signs in with comes last: staff and supervisors often have no member record.
        NoticePreference signedIn = new NoticePreference();
        signedIn.emailEnabled = true;
        signedIn.accountEmail = "account@example.vn";
        assertEquals("account@example.vn", NoticeOutbox.address(login, signedIn, null));
        assertEquals("member@example.vn", NoticeOutbox.address(login, signedIn, "member@example.vn"));
        own.accountEmail = "account@example.vn";
        assertEquals("own@example.vn", NoticeOutbox.address(login, own, null));
        inboxOnly.accountEmail = "account@example.vn";
        assertNull(NoticeOutbox.address(login, inboxOnly, null));
        assertEquals("x@example.vn", NoticeOutbox.address(NoticeRecipient.member(null, " x@example.vn "), null, null));
        assertNull(NoticeRecipient.member(null, " "));
    }
}
