package vn.chibo.notice;

/** A login (read in the inbox, e-mailed if they choose) or, for a member without one, an e-mail address only. */
public record NoticeRecipient(String username, String email) {
    public static NoticeRecipient login(String username) {
        return new NoticeRecipient(username, null);
    }

    /** A member: by their login when they have one, else by their address (null when neither is known). */
    public static NoticeRecipient member(String username, String email) {
        if (username != null) return new NoticeRecipient(username, email);
        return email == null || email.isBlank() ? null : new NoticeRecipient(null, email.trim());
    }

    /** The same person once: a login counts once, an address-only recipient once per address. */
    String key() {
        return username != null ? "u:" + username : "e:" + email.toLowerCase(java.util.Locale.ROOT);
    }
}
