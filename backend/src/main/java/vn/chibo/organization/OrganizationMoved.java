package vn.chibo.organization;

/**
 * An organisation moved under another parent: its subtree (now at this path) is governed by another chain
 * of policy profiles. Fired synchronously inside the moving transaction.
 */
public record OrganizationMoved(String path) {}
