package org.onewindow.crypto.signing;

import java.time.Instant;

/**
 * A call whose signature verified: who made it and when, for authorisation and audit.
 *
 * @param appKey the authenticated app
 * @param timestamp when the app signed the call
 * @param nonce the call's single-use nonce, now spent
 */
public record VerifiedRequest(String appKey, Instant timestamp, String nonce) {}
