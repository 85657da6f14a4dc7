package vn.chibo.policy;

import java.time.LocalDate;

/**
 * A policy profile was issued: the rules of the issuer's subtree (its path) may differ from the day on.
 * Fired synchronously inside the issuing transaction for features that keep figures judged by the rules.
 */
public record PolicyIssued(String issuerPath, LocalDate from) {}
