/**
 * The realm's half of the identity audit channel (README, "Identity events in the audit trail"):
 * the event listener {@code onewindow-audit} forwards logins, failed logins, logouts and
 * administrators' changes to the platform's audit trail (GB/T 22239 8.1.4.3; 003 6.3.2.1 d), with
 * personal data masked before it leaves Keycloak.
 *
 * <p>The channel is {@code POST {platform}/api/v1/identity-events}, a JSON array, SM2-signed with
 * sm-crypto request signing under a key of its own ({@code ONEWINDOW_AUDIT_SIGNING_KEY[_FILE]}),
 * whose public key the realm publishes at {@code /realms/onewindow/onewindow-audit/key}. Delivery
 * is at least once and the platform keeps each event id once: a down platform is caught up from
 * Keycloak's own event store, starting at the platform's watermark ({@code GET
 * .../identity-events/watermark}), so a crash on either side loses nothing the store kept.
 */
package org.onewindow.keycloak.audit;
