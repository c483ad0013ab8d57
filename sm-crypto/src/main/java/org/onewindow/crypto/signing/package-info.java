/**
 * Signed interface calls (000 9.4.4 a): an app signs each call to the platform with its SM2 private
 * key, and the platform verifies it with the public key the app registered.
 *
 * <p>{@link org.onewindow.crypto.signing.RequestSigner} adds four headers: {@code X-OW-App-Key},
 * {@code X-OW-Timestamp} (epoch milliseconds), {@code X-OW-Nonce} (single use) and {@code
 * X-OW-Signature} (Base64 of the DER SM3withSM2 signature, default ID). The signature covers the
 * {@link org.onewindow.crypto.signing.CanonicalRequest}: method, lower-cased path, sorted and RFC
 * 3986-encoded query, SM3 of the body, timestamp, nonce and app key, one per line.
 *
 * <p>{@link org.onewindow.crypto.signing.RequestVerifier} rejects with a {@link
 * org.onewindow.crypto.signing.RequestError} carrying the 003 Annex A code: 20003 missing header,
 * 20000 malformed, 10008 unknown app, 20001 timestamp out of window, bad signature or replayed
 * nonce. Replay protection is the shared {@link org.onewindow.crypto.replay.NonceStore}.
 */
package org.onewindow.crypto.signing;
