package vn.chibo.security;

/**
 * The caller opened the app with a token (the SPA reads {@code /me} when it starts): features that keep something
 * of the sign-in (the notice outbox, the account's e-mail address) observe this instead of security depending on them.
 *
 * @param email the token's e-mail address when the identity provider verified it, else null
 */
public record SignedIn(String username, String email) {}
