package org.onewindow.keycloak.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.crypto.ticket.TicketSealer;

/**
 * How the exchange seals the user's claims, chosen by the app's backend with the query parameter
 * {@code claims} of {@code POST exchanges} (part of the signed request, docs/wire-formats.md §2):
 * absent or {@code binary} gives a version 1 ticket, as every app has received so far; {@code json}
 * gives a version 2 ticket, whose claims are a UTF-8 JSON object that any language reads.
 */
enum ClaimsEncoding {
  BINARY,
  JSON;

  String seal(
      TicketSealer sealer,
      String appId,
      Sm4Key key,
      Map<String, String> claims,
      Instant now,
      Duration ttl) {
    return this == JSON
        ? sealer.sealJson(appId, key, claims, now, ttl)
        : sealer.seal(appId, key, claims, now, ttl);
  }

  /** The encoding a query value names, {@code null} for one that names none. */
  static ClaimsEncoding of(String parameter) {
    if (parameter == null || parameter.equals("binary")) {
      return BINARY;
    }
    return parameter.equals("json") ? JSON : null;
  }
}
